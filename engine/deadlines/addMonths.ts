import { parseIsoDate } from '../util/dates';
import { daysInMonth, formatIsoDate } from './isoDates';
import { problemResult } from './problemResult';
import type { DeadlineResult } from './types';

/**
 * The day a month-based period ends (§ 64 Abs. 2 SGG, § 188 Abs. 2 and 3 BGB): the day of the
 * end month with the same number as the start day; when the end month has no such day (31 January
 * + 1 month), the last day of that month. Moving off weekends and holidays is a separate step
 * (`nextWorkingDay`).
 *
 * @param date the day of the event (e.g. the deemed notification), `YYYY-MM-DD`
 * @param months whole months to add; negative counts back
 * @throws RangeError when `months` is not an integer: that is a caller's bug, not citizen input
 * @example
 * addMonths('2026-01-31', 1); // { ok: true, value: '2026-02-28' }
 * addMonths('2028-01-31', 1); // { ok: true, value: '2028-02-29' }
 * addMonths('2026-02-30', 1); // { ok: false, problem: { code: 'invalid-date', field: 'date', … } }
 */
export function addMonths(date: string, months: number): DeadlineResult<string> {
  if (!Number.isInteger(months)) throw new RangeError(`addMonths: months must be an integer, got ${months}`);
  const start = parseIsoDate(date);
  if (!start) {
    return problemResult('invalid-date', 'date', `date: expected a calendar day as YYYY-MM-DD, got ${JSON.stringify(date) ?? 'nothing'}`);
  }
  // months counted from year 0 make the carry into the year a plain division
  const monthIndex = start.year * 12 + (start.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  const day = Math.min(start.day, daysInMonth(year, month));
  return { ok: true, value: formatIsoDate({ year, month, day }) };
}
