import { addMonths } from './addMonths';
import { deemedNotification } from './deemedNotification';
import { germanHolidays } from './germanHolidays';
import { dayNumber } from './isoDates';
import { nextWorkingDay } from './nextWorkingDay';
import { PERIOD_MONTHS } from './periodMonths';
import { problemResult } from './problemResult';
import { readIsoDate } from './readIsoDate';
import { readLand } from './readLand';
import type { DeadlineResult, MovedDay, PeriodRule, WiderspruchFrist, WiderspruchFristInput } from './types';
import { widerspruchRules } from './widerspruchRules';

/**
 * The last day to lodge a Widerspruch against a Bescheid:
 * 1. the deemed notification (`deemedNotification`);
 * 2. the period of the first matching period rule: one month (§ 84 Abs. 1 SGG), three months
 *    when delivered abroad (§ 84 Abs. 1 S. 2 SGG), one year when the Rechtsbehelfsbelehrung is
 *    missing or wrong (§ 66 Abs. 2 SGG);
 * 3. its end by § 64 Abs. 2 SGG (`addMonths`: same day number, else the end month's last day);
 * 4. moved off Saturdays, Sundays and the Land's public holidays (§ 64 Abs. 3 SGG,
 *    `nextWorkingDay`).
 *
 * With `today` the result also says whether the deadline has passed (`late`) or how many days
 * are left. A late Widerspruch can still be sent (with reasons for Wiedereinsetzung); `late` is
 * information for the form, not a refusal.
 *
 * Input problems come back as `{ ok: false, problem }`, the first found in the order delivery,
 * posting/e-mail date, rechtsbehelfsbelehrung, land, today.
 *
 * @example
 * widerspruchFrist({ delivery: 'brief', postedOn: '2025-03-10', rechtsbehelfsbelehrung: true, land: 'BE', today: '2025-04-10' });
 * // { ok: true, value: { deemedNotification: '2025-03-14', deadline: '2025-04-14', rawDeadline: '2025-04-14',
 * //   period: '1 month', basis: ['§ 37 Abs. 2 SGB X', '§ 84 Abs. 1 S. 1 SGG', '§ 64 Abs. 2 SGG'],
 * //   appliedRules: { deemedNotification: 'brief-ab-2025', period: 'regel' }, late: false, daysLeft: 4 } }
 */
export function widerspruchFrist(input: WiderspruchFristInput): DeadlineResult<WiderspruchFrist> {
  const rules = input.rules ?? widerspruchRules;
  const holidays = input.holidays ?? germanHolidays;

  const deemed = deemedNotification({ ...input, rules, holidays });
  if (!deemed.ok) return deemed;
  if (typeof input.rechtsbehelfsbelehrung !== 'boolean') {
    return problemResult(
      'invalid-boolean',
      'rechtsbehelfsbelehrung',
      `rechtsbehelfsbelehrung: expected true (present and correct) or false, got ${JSON.stringify(input.rechtsbehelfsbelehrung) ?? 'nothing'}`,
    );
  }
  const land = readLand(input.land);
  if (!land.ok) return land;
  const today = input.today === undefined ? undefined : readIsoDate(input.today, 'today');
  if (today && !today.ok) return today;

  const periodRule = rules.periods.find((rule) => periodApplies(rule, input));
  if (!periodRule) {
    return problemResult('no-rule', 'delivery', `no period rule applies to delivery "${input.delivery}"; the last period rule must apply always`);
  }
  const rawDeadline = addMonths(deemed.value.date, PERIOD_MONTHS[periodRule.period]);
  if (!rawDeadline.ok) return rawDeadline;

  let deadline = rawDeadline.value;
  let movedBecause: MovedDay[] = [];
  if (rules.deadlineEnd.moveOffWeekendsAndHolidays) {
    const moved = nextWorkingDay(rawDeadline.value, land.value, holidays);
    if (!moved.ok) return moved;
    deadline = moved.value.date;
    movedBecause = moved.value.movedBecause;
  }

  const basis = unique([
    ...deemed.value.rule.basis,
    ...(deemed.value.movedBecause ? rules.deemedNotification.movedBasis : []),
    ...periodRule.basis,
    ...rules.periodEnd.basis,
    ...(movedBecause.length > 0 ? rules.deadlineEnd.basis : []),
  ]);
  const value: WiderspruchFrist = {
    deemedNotification: deemed.value.date,
    deadline,
    rawDeadline: rawDeadline.value,
    period: periodRule.period,
    basis,
    appliedRules: { deemedNotification: deemed.value.rule.id, period: periodRule.id },
  };
  if (movedBecause.length > 0) value.movedBecause = movedBecause;
  if (today) {
    // ISO dates with four-digit years compare as strings in calendar order
    value.late = today.value > deadline;
    if (!value.late) value.daysLeft = dayNumber(deadline) - dayNumber(today.value);
  }
  return { ok: true, value };
}

function periodApplies(rule: PeriodRule, input: WiderspruchFristInput): boolean {
  const { rechtsbehelfsbelehrung, delivery } = rule.when;
  return (
    (rechtsbehelfsbelehrung === undefined || rechtsbehelfsbelehrung === input.rechtsbehelfsbelehrung) &&
    (delivery === undefined || delivery.includes(input.delivery))
  );
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
