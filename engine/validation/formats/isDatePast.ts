import { validationToday } from '../validationToday';
import { isDate } from './isDate';

/**
 * Format `date-past`: a date (`YYYY-MM-DD`) not after today, e.g. a birth date. Today comes from
 * `validationToday()`, so the session's application date decides, not the computer's clock.
 *
 * @example
 * setValidationToday('2026-03-10');
 * isDatePast('2026-03-10'); // true
 * isDatePast('2026-03-11'); // false
 */
export function isDatePast(value: string): boolean {
  // ISO dates of the same shape order like strings
  return isDate(value) && value <= validationToday();
}
