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
  const rows = Object.entries(computed).flatMap(([id, value]) =>
    Object.entries(typeof value === 'object' && value !== null ? value : {}).flatMap(([field, fieldValue]) => {
      const label = lookupMessage(definition, 'de', `computed.${id}.${field}`);
      return label === undefined ? [] : [{ path: `/$computed/${id}/${field}`, label, value: readable(definition, fieldValue), depth: 0 }];
    }),
  );
  return rows.length === 0 ? undefined : { title: translate(definition, 'de', 'ui.computed.title'), rows };
}

function readable(definition: FormDefinition, value: unknown): string {
  if (typeof value === 'boolean') return translate(definition, 'de', value ? 'ui.yes' : 'ui.no');
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatGermanDate(value);
  if (Array.isArray(value)) return value.map(String).join(', ');
  return String(value);
}
