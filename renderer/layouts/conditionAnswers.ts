import { withComputed } from '../../engine/computed/withComputed';
import type { Answers } from '../../engine/definition/types';
import { withContext } from '../../engine/modules/withContext';
import type { FormFlowContextValue } from '../FormFlowContext';

/**
 * The answers as a condition on the current step sees them while the citizen types: the
 * session's answers, the step's live JSON Forms data over them, and the computed values of both
 * under `$computed`.
 *
 * @example
 * conditionAnswers(flow, { zeitraum: { von: '2026-07-01', bis: '2026-07-14' } });
 * // { person: {…}, zeitraum: {…}, $computed: { abwesenheit: { tage: 14, … } } }
 */
export function conditionAnswers(flow: FormFlowContextValue | undefined, live: Record<string, unknown>): Answers {
  const answers = withContext({ ...(flow?.answers ?? {}), ...live }, flow?.context);
  return flow?.compute === undefined ? answers : withComputed(answers, flow.compute(answers));
}
