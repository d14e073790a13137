import type { Answers, FormDefinition } from '../definition/types';
import { assertNever } from '../util/assertNever';
import { stepView } from './stepView';
import type { PlannedEvidence } from './types';

/**
 * Whether a step on the path is done: an ordinary step when its validator finds no issue in its
 * answers; the Nachweis checklist when no Nachweis is still `missing` (each is uploaded or marked
 * for later); the summary never (it is done by submitting).
 *
 * @example
 * stepComplete(definition, 'person', { person: { vorname: 'Ada' } }, []); // true when valid
 */
export function stepComplete(
  definition: FormDefinition,
  stepId: string,
  answers: Answers,
  evidence: readonly PlannedEvidence[],
): boolean {
  const view = stepView(definition.flow, stepId);
  switch (view) {
    case 'evidence':
      return evidence.every((nachweis) => nachweis.optional === true || nachweis.status !== 'missing');
    case 'summary':
      return false;
    case 'anlagen':
      // the plan is shown, nothing is asked
      return true;
    case 'declaration':
    case undefined:
      return validatorOf(definition, stepId)(answers[stepId] ?? {}).length === 0;
    default:
      return assertNever(view);
  }
}

function validatorOf(definition: FormDefinition, stepId: string) {
  const validator = Object.prototype.hasOwnProperty.call(definition.validators, stepId)
    ? definition.validators[stepId]
    : undefined;
  if (typeof validator !== 'function') {
    throw new Error(
      `no validator for step "${stepId}"; known: ${Object.keys(definition.validators).join(', ')}. ` +
        `Every step that owns answers needs properties.${stepId} in schema.json`,
    );
  }
  return validator;
}
