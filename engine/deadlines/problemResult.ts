import type { DeadlineProblemCode, DeadlineResult } from './types';

/**
 * The failure branch of a `DeadlineResult`, typed `never` on the value side so it fits any
 * result.
 *
 * @example
 * return problemResult('unknown-land', 'land', 'land: expected a Land code, got "XX"');
 */
export function problemResult(code: DeadlineProblemCode, field: string, message: string): DeadlineResult<never> {
  return { ok: false, problem: { code, field, message } };
}
