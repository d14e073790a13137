import { germanHolidays } from './germanHolidays';
import { addDays, weekday } from './isoDates';
import { readIsoDate } from './readIsoDate';
import { readLand } from './readLand';
import type { DeadlineResult, HolidayCalendar, Land, MovedDay } from './types';

// Far more than any real run of free days (the longest is Good Friday to Easter Monday); reaching
// it means the holiday calendar answers "holiday" for every day.
const MAX_SKIPPED_DAYS = 31;

/**
 * The first working day on or after `date` in the Land (§ 64 Abs. 3 SGG): Saturdays, Sundays and
 * the Land's public holidays are skipped one after the other, so Good Friday moves past Saturday,
 * Sunday and Easter Monday to Tuesday. `movedBecause` lists every skipped day; a holiday on a
 * weekend is reported as `holiday`, since its name says more than the weekday.
 *
 * @example
 * nextWorkingDay('2026-04-03', 'BE');
 * // { ok: true, value: { date: '2026-04-07', movedBecause: [
 * //   { date: '2026-04-03', reason: 'holiday', holidayName: 'Karfreitag' },
 * //   { date: '2026-04-04', reason: 'saturday' },
 * //   { date: '2026-04-05', reason: 'sunday' },
 * //   { date: '2026-04-06', reason: 'holiday', holidayName: 'Ostermontag' } ] } }
 */
export function nextWorkingDay(
  date: string,
  land: Land,
  holidays: HolidayCalendar = germanHolidays,
): DeadlineResult<{ date: string; movedBecause: MovedDay[] }> {
  const start = readIsoDate(date, 'date');
  if (!start.ok) return start;
  const checkedLand = readLand(land);
  if (!checkedLand.ok) return checkedLand;

  const movedBecause: MovedDay[] = [];
  let day = start.value;
  for (;;) {
    const skipped = freeDay(day, checkedLand.value, holidays);
    if (!skipped) return { ok: true, value: { date: day, movedBecause } };
    movedBecause.push(skipped);
    if (movedBecause.length > MAX_SKIPPED_DAYS) {
      throw new Error(`nextWorkingDay: no working day within ${MAX_SKIPPED_DAYS} days after ${date} in ${land}; the holiday calendar is broken`);
    }
    day = addDays(day, 1);
  }
}

function freeDay(date: string, land: Land, holidays: HolidayCalendar): MovedDay | undefined {
  if (holidays.isPublicHoliday(date, land)) {
    const name = holidays.holidayName(date, land);
    return name === undefined ? { date, reason: 'holiday' } : { date, reason: 'holiday', holidayName: name };
  }
  switch (weekday(date)) {
    case 6:
      return { date, reason: 'saturday' };
    case 0:
      return { date, reason: 'sunday' };
    default:
      return undefined;
  }
}
