import { computeValues } from '../computed/computeValues';
import { withComputed } from '../computed/withComputed';
import type { Answers, FormManifest } from '../definition/types';
import { withContext } from '../modules/withContext';

/**
 * The answers as the flow's guards see them: the answers, their computed values
 * (`/$computed/…`) and the context (`/$context/…`). Derived, never stored.
 *
 * @example
 * guardAnswers(manifest, answers, '2026-03-10', { person: { alter: 16 } });
 * // { …answers, $computed: { … }, $context: { person: { alter: 16 } } }
 */
export function guardAnswers(manifest: FormManifest, answers: Answers, today: string, context: Record<string, unknown> | undefined): Answers {
  return withContext(withComputed(answers, computeValues(manifest, withContext(answers, context), today)), context);
}
