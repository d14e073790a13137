import { isRecord } from '../../engine/util/isRecord';

const FIRST_NAME_KEYS = ['vorname', 'vornamen'];
const LAST_NAME_KEYS = ['nachname', 'familienname', 'name'];
const MAX_DEPTH = 2;

/**
 * A person's name from answers, by the field names the forms use (`vorname` with `nachname`,
 * `familienname` or `name`), searching the object and its nested objects in order. The form
 * format has no "this is the applicant" marker, so this is a best guess; undefined when no
 * name is found, and the cover then leaves the line out.
 *
 * @example
 * findPersonName({ person: { vorname: 'Olga', nachname: 'Nowak' } }) // → 'Olga Nowak'
 */
export function findPersonName(value: unknown, depth = 0): string | undefined {
  if (!isRecord(value) || depth > MAX_DEPTH) return undefined;
  const first = pick(value, FIRST_NAME_KEYS);
  const last = pick(value, LAST_NAME_KEYS);
  if (first !== undefined && last !== undefined) return `${first} ${last}`;
  for (const child of Object.values(value)) {
    const found = findPersonName(child, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

function pick(record: Record<string, unknown>, keys: string[]): string | undefined {
  for (const key of keys) {
    const candidate = record[key];
    if (typeof candidate === 'string' && candidate.trim() !== '') return candidate.trim();
  }
  return undefined;
}
