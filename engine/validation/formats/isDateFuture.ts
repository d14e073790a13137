import { validationToday } from '../validationToday';
import { isDate } from './isDate';

/**
 * Format `date-future`: a date (`YYYY-MM-DD`) not before today, e.g. a planned move. Today comes
 * from `validationToday()`.
 *
 * @example
 * setValidationToday('2026-03-10');
 * isDateFuture('2026-03-10'); // true
 * isDateFuture('2026-03-09'); // false
 */
export function isDateFuture(value: string): boolean {
  return isDate(value) && value >= validationToday();
}
