import type { FormDefinition } from '../../engine/definition/types';
import { lookupMessage } from '../../engine/i18n/lookupMessage';
import { translate } from '../../engine/i18n/translate';
import { formatGermanDate } from '../../engine/util/dates';
import type { SectionModel } from '../DocumentModel';

/**
 * The computed values a caseworker needs on the E-Akte copy (e.g. the Widerspruch deadline and
 * whether it was kept), as a section: every field of a computed value that the form gives a
 * German text `computed.<id>.<field>`, in the order of the value's fields. Undefined when none.
 *
 * @example
 * computedSection(definition, { frist: { deadline: '2025-04-14', late: false } });
 * // { title: 'Berechnete Angaben', rows: [{ label: 'Ende der Widerspruchsfrist', value: '14.04.2025', … }, …] }
 */
export function computedSection(definition: FormDefinition, computed: Record<string, unknown>): SectionModel | undefined {
  return valuesSection(definition, computed, 'computed', 'ui.computed.title');
}

/**
 * What the host handed the form (`/$context/…`: the earlier submission a Nachreichung refers
 * to), as a section on the E-Akte copy: every field the form gives a German text
 * `context.<name>.<field>`. Undefined when none.
 *
 * @example
 * contextSection(definition, { vorgang: { referenz: 'A1B2', eingereichtAm: '2026-06-01' } });
 * // { title: 'Angaben des Portals', rows: [{ label: 'Bezug: Vorgangsnummer', value: 'A1B2', … }, …] }
 */
export function contextSection(definition: FormDefinition, context: Record<string, unknown> | undefined): SectionModel | undefined {
  return context === undefined ? undefined : valuesSection(definition, context, 'context', 'ui.context.title');
}

/** Two-level values (`<name>.<field>`) with a text `<prefix>.<name>.<field>` as a titled section. */
function valuesSection(definition: FormDefinition, values: Record<string, unknown>, prefix: 'computed' | 'context', titleKey: string): SectionModel | undefined {
  const rows = Object.entries(values).flatMap(([id, value]) =>
    Object.entries(typeof value === 'object' && value !== null ? value : {}).flatMap(([field, fieldValue]) => {
      const label = lookupMessage(definition, 'de', `${prefix}.${id}.${field}`);
      return label === undefined ? [] : [{ path: `/$${prefix}/${id}/${field}`, label, value: readable(definition, fieldValue), depth: 0 }];
    }),
  );
  return rows.length === 0 ? undefined : { title: translate(definition, 'de', titleKey), rows };
}

function readable(definition: FormDefinition, value: unknown): string {
  if (typeof value === 'boolean') return translate(definition, 'de', value ? 'ui.yes' : 'ui.no');
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatGermanDate(value);
  if (Array.isArray(value)) return value.map(String).join(', ');
  return String(value);
}
