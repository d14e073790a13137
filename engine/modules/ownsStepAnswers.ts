import type { FormDefinition } from '../definition/types';
import { ownsAnswers } from '../plan/ownsAnswers';
import { parseInstanceStepId } from './instanceStepId';
import { resolveStep } from './resolveStep';

/**
 * Whether answers may be given for this step id: a step of the form or of an included Anlage
 * that owns answers (not the Nachweis checklist, the Anlagen plan or a summary).
 *
 * @example
 * ownsStepAnswers(hauptantrag, 'EK:p0:einkommen'); // true
 * ownsStepAnswers(hauptantrag, 'nachweise');       // false
 */
export function ownsStepAnswers(definition: FormDefinition, stepId: string): boolean {
  const instance = parseInstanceStepId(stepId);
  if (instance !== undefined && definition.modules?.[instance.anlage] === undefined) return false;
  const ref = resolveStep(definition, stepId);
  const { flow } = ref.definition;
  return Object.prototype.hasOwnProperty.call(flow.states, ref.step) && ownsAnswers(flow, ref.step);
}
