/**
 * The one file that knows feiertagejs: public holidays per Land. Swapping the library (or adding
 * a Land's one-off holiday) changes this file only; the engine sees a `HolidayCalendar`.
 *
 * What the library knows, and therefore the engine: the statutory holidays of each Land in its
 * current form, with the start years of Weltkindertag (TH, 2019) and Internationaler Frauentag
 * (BE 2019, MV 2023) and the nationwide Reformationstag of 2017. What it does not know: earlier
 * changes (e.g. Reformationstag in HB, HH, NI, SH only since 2018), one-off holidays (Berlin,
 * 8 May 2020 and 2025), holidays of single municipalities (Mariä Himmelfahrt counts for all of
 * BY although only Catholic-majority municipalities keep it; Fronleichnam in parts of SN and TH
 * is not counted).
 */
import { getHolidays } from 'feiertagejs';
import { formatIsoDate } from './isoDates';
import type { HolidayCalendar, Land } from './types';

// year + Land → (ISO date → German name); the library recomputes a whole year per question
const cache = new Map<string, ReadonlyMap<string, string>>();

function holidaysOf(year: number, land: Land): ReadonlyMap<string, string> {
  const key = `${year}:${land}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const byDate = new Map<string, string>();
  for (const holiday of getHolidays(year, land)) {
    // the library dates holidays at noon UTC; reading the UTC parts keeps the calendar day in
    // every local time zone (its own `dateString` uses the local offset and drifts east of UTC+12)
    const date = formatIsoDate({
      year: holiday.date.getUTCFullYear(),
      month: holiday.date.getUTCMonth() + 1,
      day: holiday.date.getUTCDate(),
    });
    byDate.set(date, holiday.translate('de') ?? holiday.name);
  }
  cache.set(key, byDate);
  return byDate;
}

/**
 * The German name of the public holiday on an ISO date in a Land, or undefined.
 *
 * @example
 * holidayName('2026-06-04', 'BY'); // 'Fronleichnam'
 * holidayName('2026-06-04', 'BE'); // undefined
 */
export function holidayName(date: string, land: Land): string | undefined {
  return holidaysOf(Number(date.slice(0, 4)), land).get(date);
}

/**
 * True when the ISO date is a public holiday in the Land. Sundays are not holidays here; the
 * weekend is the caller's concern.
 *
 * @example
 * isPublicHoliday('2026-10-31', 'SN'); // true (Reformationstag)
 * isPublicHoliday('2026-10-31', 'BY'); // false
 */
export function isPublicHoliday(date: string, land: Land): boolean {
  return holidayName(date, land) !== undefined;
}

/**
 * The default `HolidayCalendar`, backed by feiertagejs.
 *
 * @example
 * nextWorkingDay('2026-04-03', 'BE', germanHolidays);
 */
export const germanHolidays: HolidayCalendar = { isPublicHoliday, holidayName };
