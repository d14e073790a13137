import type { Answers } from '../definition/types';
import type { Plan } from '../plan/types';
import { isRecord } from '../util/isRecord';
import type { StepRef } from './resolveStep';
import { stepAnswers } from './stepAnswers';

/**
 * What a step's conditions see besides computed values: the answers of its form (the including
 * form's, or the Anlage instance's at `/anlagen/<CODE>/<key>`) and its context (what the host
 * gave the form, or the instance's person and household).
 *
 * @example
 * stepScope(resolveStep(hauptantrag, 'EK:p1:arbeit'), answers, plan, undefined);
 * // { answers: { arbeit: {…}, … }, context: { person: { id: 'p1', … }, haushalt: {…}, antragsdatum: '…' } }
 */
export function stepScope(ref: StepRef, answers: Answers, plan: Plan, hostContext: Record<string, unknown> | undefined): { answers: Answers; context?: Record<string, unknown> } {
  const own = stepAnswers(answers, ref.at.slice(0, -1));
  const context = ref.instance === undefined ? hostContext : plan.instances.find((entry) => entry.anlage === ref.instance?.anlage && entry.key === ref.instance.key)?.context;
  return { answers: isRecord(own) ? own : {}, ...(context === undefined ? {} : { context }) };
}
