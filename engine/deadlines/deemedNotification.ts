import { assertNever } from '../util/assertNever';
import { addMonths } from './addMonths';
import { germanHolidays } from './germanHolidays';
import { addDays } from './isoDates';
import { nextWorkingDay } from './nextWorkingDay';
import { readIsoDate } from './readIsoDate';
import { readLand } from './readLand';
import { problemResult } from './problemResult';
import type { DeadlineResult, DeemedNotification, DeemedNotificationInput, DeemedNotificationRule, DeliveryInput } from './types';
import { widerspruchRules } from './widerspruchRules';

/**
 * The day a Bescheid counts as notified (Bekanntgabefiktion, § 37 SGB X), by the first rule of
 * the rule data whose delivery and date range match:
 * - letter in Germany: the 4th day after posting for letters posted from 2025-01-01, the 3rd day
 *   before (Postrechtsmodernisierungsgesetz);
 * - portal: the 4th day after the notification e-mail (§ 37 Abs. 2a SGB X);
 * - letter abroad: one month after posting (§ 37 Abs. 2 SGB X).
 *
 * The deemed day stays on a weekend or holiday unless the rules set `moveDeemedDayOffHolidays`
 * (see README: contested; off by default, following the BSG). Wrong input is a problem result.
 *
 * @example
 * deemedNotification({ delivery: 'brief', postedOn: '2025-03-10' });
 * // { ok: true, value: { date: '2025-03-14', rule: { id: 'brief-ab-2025', … } } }
 * deemedNotification({ delivery: 'portal', notifiedOn: '2026-13-01' });
 * // { ok: false, problem: { code: 'invalid-date', field: 'notifiedOn', … } }
 */
export function deemedNotification(input: DeemedNotificationInput): DeadlineResult<DeemedNotification> {
  const rules = input.rules ?? widerspruchRules;
  const start = startDate(input);
  if (!start.ok) return start;

  const rule = rules.deemedNotification.rules.find(
    (candidate) =>
      candidate.delivery === input.delivery &&
      (candidate.from === undefined || start.value.date >= candidate.from) &&
      (candidate.until === undefined || start.value.date <= candidate.until),
  );
  if (!rule) {
    return problemResult('no-rule', start.value.field, `no deemed-notification rule for delivery "${input.delivery}" on ${start.value.date}; the rule data has a gap`);
  }

  const date = applyOffset(start.value.date, rule);
  if (!date.ok) return date;
  if (!rules.deemedNotification.moveDeemedDayOffHolidays) return { ok: true, value: { date: date.value, rule } };

  if (input.land === undefined) {
    return problemResult('missing-land', 'land', 'land: the rules move the deemed day off holidays, which differ by Land; give the Land');
  }
  const land = readLand(input.land);
  if (!land.ok) return land;
  const moved = nextWorkingDay(date.value, land.value, input.holidays ?? germanHolidays);
  if (!moved.ok) return moved;
  if (moved.value.movedBecause.length === 0) return { ok: true, value: { date: date.value, rule } };
  return { ok: true, value: { date: moved.value.date, rule, rawDate: date.value, movedBecause: moved.value.movedBecause } };
}

/** The checked posting or e-mail date, with the name of the field it came from. */
function startDate(input: DeliveryInput): DeadlineResult<{ date: string; field: string }> {
  switch (input.delivery) {
    case 'brief':
    case 'ausland':
      return withField(readIsoDate(input.postedOn, 'postedOn'), 'postedOn');
    case 'portal':
      return withField(readIsoDate(input.notifiedOn, 'notifiedOn'), 'notifiedOn');
    default: {
      // unreachable for typed callers; answers from a hand-edited file may carry anything
      const delivery: unknown = (input as { delivery: unknown }).delivery;
      return problemResult('unknown-delivery', 'delivery', `delivery: expected brief, portal or ausland, got ${JSON.stringify(delivery) ?? 'nothing'}`);
    }
  }
}

function withField(result: DeadlineResult<string>, field: string): DeadlineResult<{ date: string; field: string }> {
  return result.ok ? { ok: true, value: { date: result.value, field } } : result;
}

function applyOffset(date: string, rule: DeemedNotificationRule): DeadlineResult<string> {
  const { count, unit } = rule.after;
  switch (unit) {
    case 'days':
      return { ok: true, value: addDays(date, count) };
    case 'months':
      return addMonths(date, count);
    default:
      return assertNever(unit, `deemed-notification rule "${rule.id}": unknown unit ${JSON.stringify(unit)}; known: days, months`);
  }
}
