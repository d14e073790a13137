import type { FormDefinition, ValidationIssue } from '../definition/types';
import { resolveStep } from '../modules/resolveStep';
import { stepAnswers } from '../modules/stepAnswers';
import { ownsAnswers } from '../plan/ownsAnswers';
import type { Plan } from '../plan/types';
import { joinPointer } from '../util/pointer';

export interface PathIssue {
  step: string;
  /** the issue with its path from the form's root */
  issue: ValidationIssue;
  /** the issue as the step's own form sees it (for its texts: `issueMessage(stepDefinition, …, local)`) */
  local: ValidationIssue;
  /** the form that defines the step: the form or an Anlage */
  stepDefinition: FormDefinition;
}

/**
 * The validation issues of every step on the plan's path that owns answers, read from the
 * pruned answers, each with its step id and a path from the form's root (an Anlage instance's
 * `/arbeit/lohn` becomes `/anlagen/EK/p0/arbeit/lohn`). A step not answered is validated as `{}`,
 * as the session does. Validators read the application date from withValidationToday.
 *
 * @example
 * pathIssues(definition, plan(definition, answers, { today }));
 * // [{ step: 'EK:p0:arbeit', issue: { code: 'required', path: '/anlagen/EK/p0/arbeit/hatArbeit', params: {…} } }]
 */
export function pathIssues(definition: FormDefinition, planned: Plan): PathIssue[] {
  return planned.steps.flatMap((step) => {
    const ref = resolveStep(definition, step.id);
    if (!ownsAnswers(ref.definition.flow, ref.step)) return [];
    const validator = Object.prototype.hasOwnProperty.call(ref.definition.validators, ref.step) ? ref.definition.validators[ref.step] : undefined;
    if (typeof validator !== 'function') throw new Error(`no validator for step "${step.id}"`);
    const prefix = joinPointer(ref.at.slice(0, -1));
    return validator(stepAnswers(planned.pruned, ref.at) ?? {}).map((local) => ({
      step: step.id,
      issue: { ...local, path: `${prefix}${local.path}` },
      local,
      stepDefinition: ref.definition,
    }));
  });
}
