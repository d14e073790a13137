import type { JsonSchema } from '../definition/types';
import { isLand } from '../deadlines/laender';
import { widerspruchFrist } from '../deadlines/widerspruchFrist';
import { householdSchema } from '../household/householdPersonSchema';
import { deriveHousehold } from '../household/deriveHousehold';
import { abwesenheit } from './abwesenheit';
import { anliegen } from './anliegen';
import { leistungsbeginn } from './leistungsbeginn';
import { terminanfrage } from './terminanfrage';

/** A function a form can name in `computed`: its inputs, the shape of its value, and the code. */
export interface Computation {
  /** input names; `required` ones must be mapped to an answer */
  inputs: { name: string; required: boolean }[];
  /** JSON Schema of the value, so the lint can check `/$computed/<id>/…` paths in conditions */
  output: JsonSchema;
  /** settings an author may give in `options`, with their defaults */
  options?: Record<string, unknown>;
  /** the value, or undefined while the answers it needs are missing or invalid */
  run(inputs: Record<string, unknown>, today: string, options: Record<string, unknown>): unknown;
}

const isoDate = { type: 'string', format: 'date' };

/**
 * The closed set of computations forms may use. Each is pure and total: incomplete or invalid
 * answers give undefined (nothing to show yet), never an exception.
 *
 * @example
 * computations.widerspruchFrist.run({ delivery: 'brief', postedOn: '2025-03-10', rechtsbehelfsbelehrung: true, land: 'BE' }, '2025-03-20');
 * // { deemedNotification: '2025-03-14', deadline: '2025-04-14', late: false, daysLeft: 25, … }
 */
export const computations: Record<string, Computation> = {
  leistungsbeginn,
  anliegen,
  haushalt: {
    inputs: [
      { name: 'antragsteller', required: true },
      { name: 'personen', required: false },
      // "Leben Sie allein?" answered yes: a list typed before does not count any more
      { name: 'allein', required: false },
      // persons joining a household known from elsewhere (the WBA: the jobcenter's list plus new ones)
      { name: 'weitere', required: false },
    ],
    output: householdSchema,
    options: { kindBgBisAlter: 25, vermoegenErstePerson: 40000, vermoegenJedeWeitere: 15000 },
    run(inputs, today, options) {
      const known = Array.isArray(inputs['personen']) ? inputs['personen'] : [];
      const added = Array.isArray(inputs['weitere']) ? inputs['weitere'] : [];
      return deriveHousehold(inputs['antragsteller'], inputs['allein'] === true ? [] : [...known, ...added], today, {
        kindBgBisAlter: numberOption(options, 'kindBgBisAlter', 25),
        vermoegenErstePerson: numberOption(options, 'vermoegenErstePerson', 40000),
        vermoegenJedeWeitere: numberOption(options, 'vermoegenJedeWeitere', 15000),
      });
    },
  },
  widerspruchFrist: {
    inputs: [
      { name: 'delivery', required: true },
      { name: 'postedOn', required: false },
      { name: 'notifiedOn', required: false },
      { name: 'rechtsbehelfsbelehrung', required: true },
      { name: 'land', required: true },
    ],
    output: {
      type: 'object',
      properties: {
        deemedNotification: isoDate,
        deadline: isoDate,
        rawDeadline: isoDate,
        period: { enum: ['1 month', '3 months', '1 year'] },
        basis: { type: 'array', items: { type: 'string' } },
        late: { type: 'boolean' },
        daysLeft: { type: 'integer' },
        movedBecause: { type: 'array', items: { type: 'object' } },
      },
    },
    run(inputs, today) {
      const { delivery, postedOn, notifiedOn, rechtsbehelfsbelehrung, land } = inputs;
      if (typeof rechtsbehelfsbelehrung !== 'boolean' || !isLand(land)) return undefined;
      const base = { rechtsbehelfsbelehrung, land, today };
      const result =
        delivery === 'portal'
          ? typeof notifiedOn === 'string' ? widerspruchFrist({ ...base, delivery, notifiedOn }) : undefined
          : (delivery === 'brief' || delivery === 'ausland') && typeof postedOn === 'string'
            ? widerspruchFrist({ ...base, delivery, postedOn })
            : undefined;
      if (!result?.ok) return undefined;
      const { appliedRules: _applied, ...value } = result.value;
      return value;
    },
  },
  abwesenheit,
  terminanfrage,
};

function numberOption(options: Record<string, unknown>, name: string, fallback: number): number {
  const value = options[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
