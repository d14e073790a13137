import { parseIsoDate } from '../util/dates';
import { FIRST_YEAR, LAST_YEAR } from './isoDates';
import { problemResult } from './problemResult';
import type { DeadlineResult } from './types';

/**
 * Checks a date the citizen gave: a real calendar day in `YYYY-MM-DD` within the years the
 * engine answers for. The problem names the input field, so a form can show it at that field.
 *
 * @example
 * readIsoDate('2025-03-10', 'postedOn'); // { ok: true, value: '2025-03-10' }
 * readIsoDate('2025-02-30', 'postedOn'); // { ok: false, problem: { code: 'invalid-date', field: 'postedOn', … } }
 */
export function readIsoDate(value: unknown, field: string): DeadlineResult<string> {
  const date = parseIsoDate(value);
  if (!date) {
    const shown = value === undefined ? 'nothing' : JSON.stringify(value);
    return problemResult('invalid-date', field, `${field}: expected a calendar day as YYYY-MM-DD, got ${shown}`);
  }
  if (date.year < FIRST_YEAR || date.year > LAST_YEAR) {
    return problemResult(
      'date-out-of-range',
      field,
      `${field}: ${String(value)} lies outside the years ${FIRST_YEAR}–${LAST_YEAR} the deadline engine answers for`,
    );
  }
  return { ok: true, value: value as string };
}
