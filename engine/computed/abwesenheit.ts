import { daysBetween, parseIsoDate } from '../util/dates';
import type { Computation } from './computations';

/**
 * Ortsabwesenheit: the calendar days of an absence (first and last day included), added to the
 * days already approved this calendar year, against the yearly limit (21 days by default) — a
 * trip across New Year counts its days in each year apart (`tageImFolgejahr`) — and
 * how many days before the start the request comes (asked about 2 weeks ahead by default).
 * Both numbers are `options`, so a jobcenter's practice is data, not code.
 *
 * @example
 * abwesenheit.run({ von: '2026-07-01', bis: '2026-07-14', bisherigeTage: 10 }, '2026-06-10', {});
 * // { tage: 14, tageImJahr: 24, hoechstens: 21, vorlaufTage: 14, ueberGrenze: true, tageBisBeginn: 21, kurzfristig: false }
 */
export const abwesenheit: Computation = {
  inputs: [
    { name: 'von', required: true },
    { name: 'bis', required: true },
    { name: 'bisherigeTage', required: false },
  ],
  options: { hoechstens: 21, vorlaufTage: 14 },
  output: {
    type: 'object',
    properties: {
      tage: { type: 'integer' },
      tageImJahr: { type: 'integer' },
      tageImFolgejahr: { type: 'integer' },
      hoechstens: { type: 'integer' },
      vorlaufTage: { type: 'integer' },
      ueberGrenze: { type: 'boolean' },
      tageBisBeginn: { type: 'integer' },
      kurzfristig: { type: 'boolean' },
    },
  },
  run(inputs, today, options) {
    const { von, bis, bisherigeTage } = inputs;
    if (typeof von !== 'string' || typeof bis !== 'string' || !parseIsoDate(von) || !parseIsoDate(bis)) return undefined;
    const span = daysBetween(von, bis);
    const lead = daysBetween(today, von);
    if (span === undefined || span < 0 || lead === undefined) return undefined;
    const hoechstens = typeof options['hoechstens'] === 'number' ? options['hoechstens'] : 21;
    const vorlaufTage = typeof options['vorlaufTage'] === 'number' ? options['vorlaufTage'] : 14;
    const tage = span + 1;
    // the limit is per calendar year: days after New Year start the next year's count
    const imErstenJahr = Math.min(tage, (daysBetween(von, `${von.slice(0, 4)}-12-31`) ?? span) + 1);
    const tageImFolgejahr = tage - imErstenJahr;
    const tageImJahr = imErstenJahr + (typeof bisherigeTage === 'number' && bisherigeTage > 0 ? bisherigeTage : 0);
    return {
      tage,
      tageImJahr,
      ...(tageImFolgejahr > 0 ? { tageImFolgejahr } : {}),
      hoechstens,
      vorlaufTage,
      ueberGrenze: tageImJahr > hoechstens || tageImFolgejahr > hoechstens,
      tageBisBeginn: lead,
      kurzfristig: lead < vorlaufTage,
    };
  },
};
