/**
 * Calendar dates as the forms store them: ISO `YYYY-MM-DD` strings without time or zone.
 * All arithmetic is done in UTC so that a daylight-saving change never shifts a day.
 */

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * Parses `YYYY-MM-DD` strictly: four-digit year, two-digit month and day, a real calendar day.
 * Anything else (a citizen's typo, `2026-02-30`, a timestamp) gives undefined.
 *
 * @example
 * parseIsoDate('2024-02-29'); // { year: 2024, month: 2, day: 29 }
 * parseIsoDate('2025-02-29'); // undefined
 */
export function parseIsoDate(value: unknown): CalendarDate | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/**
 * Whole years from `from` to `to` (an age): a year counts once its anniversary is reached.
 * Someone born on 29 February turns a year older on 1 March in non-leap years, as § 188 BGB
 * ends the year with the last day of February. Undefined when either date is invalid.
 *
 * @example
 * wholeYearsBetween('2010-03-10', '2026-03-10'); // 16
 * wholeYearsBetween('2010-03-11', '2026-03-10'); // 15
 */
export function wholeYearsBetween(from: unknown, to: unknown): number | undefined {
  const start = parseIsoDate(from);
  const end = parseIsoDate(to);
  if (!start || !end) return undefined;
  const beforeAnniversary = end.month < start.month || (end.month === start.month && end.day < start.day);
  return end.year - start.year - (beforeAnniversary ? 1 : 0);
}

/**
 * Whole days from `from` to `to`; negative when `to` lies before `from`. Undefined when either
 * date is invalid.
 *
 * @example
 * daysBetween('2026-03-10', '2026-04-01'); // 22
 * daysBetween('2026-03-10', '2026-03-01'); // -9
 */
export function daysBetween(from: unknown, to: unknown): number | undefined {
  const start = parseIsoDate(from);
  const end = parseIsoDate(to);
  if (!start || !end) return undefined;
  const msPerDay = 86_400_000;
  return (utc(end) - utc(start)) / msPerDay;
}

/**
 * The German way of writing a date: `10.03.2026`. Invalid input is returned unchanged, since a
 * summary must show whatever the citizen typed.
 *
 * @example
 * formatGermanDate('2026-03-10'); // '10.03.2026'
 */
export function formatGermanDate(value: string): string {
  const date = parseIsoDate(value);
  if (!date) return value;
  return `${pad(date.day)}.${pad(date.month)}.${String(date.year).padStart(4, '0')}`;
}

function utc(date: CalendarDate): number {
  // setUTCFullYear, because Date.UTC maps the years 0–99 to 1900–1999
  return new Date(0).setUTCFullYear(date.year, date.month - 1, date.day);
}

function daysInMonth(year: number, month: number): number {
  // day 0 of the next month is the last day of this one
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
