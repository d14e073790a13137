import { parseIsoDate } from '../../util/dates';

/**
 * Format `date`: a real calendar date written `YYYY-MM-DD` (what `<input type="date">` gives).
 *
 * @example
 * isDate('2024-02-29'); // true
 * isDate('2025-02-29'); // false
 * isDate('2025-2-1');   // false
 */
export function isDate(value: string): boolean {
  return parseIsoDate(value) !== undefined;
}
