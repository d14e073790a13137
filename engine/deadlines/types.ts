/**
 * Types of the Widerspruch deadline engine. Dates are ISO `YYYY-MM-DD` strings throughout: a
 * deadline is a calendar day, never an instant, so no time zone is ever involved.
 */

/** The 16 Länder by their two-letter codes (the codes of ISO 3166-2:DE without `DE-`). */
export type Land =
  | 'BW'
  | 'BY'
  | 'BE'
  | 'BB'
  | 'HB'
  | 'HH'
  | 'HE'
  | 'MV'
  | 'NI'
  | 'NW'
  | 'RP'
  | 'SL'
  | 'SN'
  | 'ST'
  | 'SH'
  | 'TH';

/**
 * How the Bescheid reached the citizen: `brief` a letter within Germany, `portal` made available
 * for download with a notification e-mail (§ 37 Abs. 2a SGB X), `ausland` a letter abroad.
 */
export type Delivery = 'brief' | 'portal' | 'ausland';

/** The length of a Widerspruch period; its length in months is fixed in `PERIOD_MONTHS`. */
export type Period = '1 month' | '3 months' | '1 year';

/**
 * What a citizen (or a caller passing the citizen's answers) got wrong. The code is stable and
 * meant for i18n keys; the message is English text for developers and logs.
 */
export type DeadlineProblemCode =
  /** not a real calendar day in `YYYY-MM-DD` (or missing) */
  | 'invalid-date'
  /** a real day, but outside the years 1900–2999 the engine answers for */
  | 'date-out-of-range'
  | 'unknown-delivery'
  | 'unknown-land'
  /** the rules move the deemed day off holidays, which needs a Land */
  | 'missing-land'
  /** `rechtsbehelfsbelehrung` is not a boolean */
  | 'invalid-boolean'
  /** no deemed-notification rule covers this delivery on this date (a gap in the rule data) */
  | 'no-rule';

export interface DeadlineProblem {
  code: DeadlineProblemCode;
  /** the input property at fault: `postedOn`, `notifiedOn`, `land`, `today`, … */
  field: string;
  message: string;
}

/**
 * Every public function of the deadline engine answers with a Result: the value, or the first
 * problem found in the input. Destructure on `ok`:
 *
 * @example
 * const result = widerspruchFrist(input);
 * if (result.ok) show(result.value.deadline);
 * else showError(result.problem.code, result.problem.field);
 */
export type DeadlineResult<T> = { ok: true; value: T } | { ok: false; problem: DeadlineProblem };

/** Why a day was skipped when moving a date to the next working day. */
export interface MovedDay {
  date: string;
  reason: 'saturday' | 'sunday' | 'holiday';
  /** the German name of the holiday, when `reason` is `holiday` */
  holidayName?: string;
}

/** Public holidays of the Länder; `germanHolidays` is the default, a test may pass its own. */
export interface HolidayCalendar {
  /** true when the ISO date is a public holiday in the Land */
  isPublicHoliday(date: string, land: Land): boolean;
  /** the German name of the public holiday on that date in the Land, if it is one */
  holidayName(date: string, land: Land): string | undefined;
}

/** The input of `deemedNotification`: a letter counts from posting, the portal from the e-mail. */
export type DeliveryInput =
  | { delivery: 'brief'; postedOn: string }
  | { delivery: 'ausland'; postedOn: string }
  | { delivery: 'portal'; notifiedOn: string };

/** The input of `deemedNotification`. */
export type DeemedNotificationInput = DeliveryInput & {
  /** needed only when the rules move the deemed day off weekends and holidays */
  land?: Land;
  /** the rule data; `widerspruchRules` (widerspruchRules.json) when absent */
  rules?: WiderspruchRules;
  holidays?: HolidayCalendar;
};

// ---------------------------------------------------------------------------------------------
// The rule data (`widerspruchRules.json`), documented in engine/deadlines/README.md.

/** How far after posting (or the e-mail) notification is deemed: `{ count: 4, unit: 'days' }`. */
export interface DeemedOffset {
  count: number;
  unit: 'days' | 'months';
}

export interface DeemedNotificationRule {
  /** stable id, reported in results (`appliedRules`) */
  id: string;
  delivery: Delivery;
  /** first posting (or e-mail) date the rule covers, inclusive; open when absent */
  from?: string;
  /** last posting (or e-mail) date the rule covers, inclusive; open when absent */
  until?: string;
  after: DeemedOffset;
  /** legal references, e.g. `§ 37 Abs. 2 SGB X` */
  basis: string[];
  /** free text for authors */
  note?: string;
}

export interface PeriodRule {
  id: string;
  /** applies when every given field matches; `{}` applies always */
  when: { rechtsbehelfsbelehrung?: boolean; delivery?: Delivery[] };
  period: Period;
  basis: string[];
  note?: string;
}

export interface WiderspruchRules {
  deemedNotification: {
    /** move a deemed day that falls on a weekend or holiday to the next working day (contested) */
    moveDeemedDayOffHolidays: boolean;
    /** references reported when the deemed day was moved */
    movedBasis: string[];
    rules: DeemedNotificationRule[];
  };
  /** tried in order, the first whose `when` matches gives the period; the last must be `{}` */
  periods: PeriodRule[];
  /** the month arithmetic: same day number, else the last day of the end month */
  periodEnd: { basis: string[] };
  /** moving a deadline that ends on a weekend or holiday to the next working day */
  deadlineEnd: { moveOffWeekendsAndHolidays: boolean; basis: string[] };
}

// ---------------------------------------------------------------------------------------------
// Results

export interface DeemedNotification {
  /** the day the Bescheid counts as notified */
  date: string;
  /** the rule that gave it */
  rule: DeemedNotificationRule;
  /** before moving off a weekend or holiday; only when the rules move the deemed day and it moved */
  rawDate?: string;
  movedBecause?: MovedDay[];
}

export type WiderspruchFristInput = DeliveryInput & {
  /** true when the Bescheid has a Rechtsbehelfsbelehrung and it is correct */
  rechtsbehelfsbelehrung: boolean;
  /** where the Widerspruch is lodged: that Land's public holidays count */
  land: Land;
  /** when given, the result says whether the deadline has passed and how many days are left */
  today?: string;
  rules?: WiderspruchRules;
  holidays?: HolidayCalendar;
};

export interface WiderspruchFrist {
  /** the day the Bescheid counts as notified; the period runs from the next day */
  deemedNotification: string;
  /** the last day to lodge the Widerspruch */
  deadline: string;
  /** the end of the period before moving off weekends and holidays */
  rawDeadline: string;
  /** the days skipped from `rawDeadline` to `deadline`, in order; absent when not moved */
  movedBecause?: MovedDay[];
  period: Period;
  /** legal references of every rule applied, in the order applied */
  basis: string[];
  /** ids of the rules applied, from the rule data */
  appliedRules: { deemedNotification: string; period: string };
  /** only when `today` is given: true when today lies after the deadline */
  late?: boolean;
  /** only when `today` is given and not late: days from today to the deadline (0 on the day) */
  daysLeft?: number;
}
