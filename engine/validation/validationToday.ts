/**
 * The date that `date-past` and `date-future` compare against.
 *
 * Why a module-level clock: ajv calls a format with the value only, and a `StepValidator` takes
 * only the step's answers, so "today" cannot travel as an argument. The runtime validators and
 * the standalone (build-time) validators import the same format functions, which read this
 * clock when they run. The session and `plan` set it to the application date; tests pin it.
 * Unset, it is the real local date, which is what a citizen filling in a form expects.
 */
let pinned: string | undefined;

/**
 * Today as `YYYY-MM-DD`: the pinned date if one is set, else the local calendar date.
 *
 * @example
 * setValidationToday('2026-03-10');
 * validationToday(); // '2026-03-10'
 */
export function validationToday(): string {
  return pinned ?? localIsoDate(new Date());
}

/**
 * Pins the date the date formats compare against; `undefined` returns to the real date.
 *
 * @example
 * setValidationToday('2026-03-10'); // the application date of the session
 * setValidationToday(undefined);    // back to the real date
 */
export function setValidationToday(today: string | undefined): void {
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    throw new Error(`setValidationToday: "${today}" is not a date YYYY-MM-DD`);
  }
  pinned = today;
}

/**
 * Runs `work` with the clock pinned to `today` and restores the previous setting afterwards,
 * also when `work` throws. Validators are synchronous, so nothing else can observe the change.
 *
 * @example
 * const issues = withValidationToday('2026-03-10', () => validators.person!(answers.person));
 */
export function withValidationToday<T>(today: string | undefined, work: () => T): T {
  const previous = pinned;
  setValidationToday(today);
  try {
    return work();
  } finally {
    pinned = previous;
  }
}

function localIsoDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
