/**
 * Day arithmetic on ISO `YYYY-MM-DD` strings the caller has already checked with `parseIsoDate`.
 * Every step goes through a UTC day number, so no local time zone or daylight-saving change can
 * shift a day.
 */
import { parseIsoDate, type CalendarDate } from '../util/dates';

const MS_PER_DAY = 86_400_000;

/**
 * The earliest and latest year the engine answers for: wide enough for any Bescheid, narrow
 * enough that a typo such as `0225-03-10` is reported instead of answered.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2999;

/** `2026-03-10` from its parts, years padded to four digits. */
export function formatIsoDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
}

/** Days since 1970-01-01 of a valid ISO date. */
export function dayNumber(iso: string): number {
  const date = mustParse(iso);
  // setUTCFullYear, because Date.UTC maps the years 0–99 to 1900–1999
  return Math.round(new Date(0).setUTCFullYear(date.year, date.month - 1, date.day) / MS_PER_DAY);
}

/** The ISO date of a day number. */
export function fromDayNumber(days: number): string {
  const date = new Date(days * MS_PER_DAY);
  return formatIsoDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

/** The ISO date `days` days later (earlier when negative). */
export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/** 0 Sunday … 6 Saturday, as `Date#getUTCDay`. */
export function weekday(iso: string): number {
  // 1970-01-01 was a Thursday (4); the double modulo keeps days before 1970 positive
  return (((dayNumber(iso) + 4) % 7) + 7) % 7;
}

/** The number of days in a month (1–12). */
export function daysInMonth(year: number, month: number): number {
  // day 0 of the next month is the last day of this one
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

function mustParse(iso: string): CalendarDate {
  const date = parseIsoDate(iso);
  // only reachable by a bug in this folder: public functions check citizen input first
  if (!date) throw new Error(`isoDates: "${iso}" is not a checked ISO date`);
  return date;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
