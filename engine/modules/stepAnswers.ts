import type { Answers } from '../definition/types';
import { isRecord } from '../util/isRecord';

/**
 * The answers of one step at `at` (see resolveStep), or undefined.
 *
 * @example
 * stepAnswers({ anlagen: { EK: { p2: { einkommen: { art: 'lohn' } } } } }, ['anlagen', 'EK', 'p2', 'einkommen']); // { art: 'lohn' }
 */
export function stepAnswers(answers: Answers, at: readonly string[]): unknown {
  let value: unknown = answers;
  for (const key of at) {
    if (!isRecord(value) || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = value[key];
  }
  return value;
}

/**
 * New answers with one step's answers replaced at `at`; every object on the way is copied, the
 * rest shared (answers are never mutated: the session's plan memo relies on that).
 *
 * @example
 * withStepAnswers({}, ['anlagen', 'EK', 'p2', 'einkommen'], { art: 'lohn' });
 * // { anlagen: { EK: { p2: { einkommen: { art: 'lohn' } } } } }
 */
export function withStepAnswers(answers: Answers, at: readonly string[], value: unknown): Answers {
  const [head, ...rest] = at;
  if (head === undefined) throw new Error('withStepAnswers: empty path');
  if (rest.length === 0) return { ...answers, [head]: value };
  const inner = answers[head];
  return { ...answers, [head]: withStepAnswers(isRecord(inner) ? inner : {}, rest, value) };
}
