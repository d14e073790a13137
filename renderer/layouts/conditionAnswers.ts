import { withComputed } from '../../engine/computed/withComputed';
import type { Answers } from '../../engine/definition/types';
import { withContext } from '../../engine/modules/withContext';
import type { FormFlowContextValue } from '../FormFlowContext';

// JSON Forms hands every layout and Label the same data object for one state of the step, so the
// answers (and their computed values, e.g. the household) are made once per keystroke, not once
// per layout: keyed by the live data, then by the form context.
const made = new WeakMap<Record<string, unknown>, { flow: FormFlowContextValue | undefined; answers: Answers }>();

/**
 * The answers as a condition on the current step sees them while the citizen types: the
 * session's answers, the step's live JSON Forms data over them, the context under `$context` and
 * the computed values of both under `$computed`.
 *
 * @example
 * conditionAnswers(flow, { zeitraum: { von: '2026-07-01', bis: '2026-07-14' } });
 * // { person: {…}, zeitraum: {…}, $computed: { abwesenheit: { tage: 14, … } } }
 */
export function conditionAnswers(flow: FormFlowContextValue | undefined, live: Record<string, unknown>): Answers {
  const known = made.get(live);
  if (known !== undefined && known.flow === flow) return known.answers;
  const merged = withContext({ ...(flow?.answers ?? {}), ...live }, flow?.context);
  const answers = flow?.compute === undefined ? merged : withComputed(merged, flow.compute(merged));
  made.set(live, { flow, answers });
  return answers;
}
