import type { FormDefinition, ValidationIssue } from '../definition/types';
import { stepScope } from '../modules/stepScope';
import { guardAnswers } from '../plan/guardAnswers';
import { blockedIssue } from '../plan/stepBlock';
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
export function pathIssues(definition: FormDefinition, planned: Plan, options: { today: string; context?: Record<string, unknown> }): PathIssue[] {
  return planned.steps.flatMap((step) => {
    const ref = resolveStep(definition, step.id);
    if (!ownsAnswers(ref.definition.flow, ref.step)) return [];
    const validator = Object.prototype.hasOwnProperty.call(ref.definition.validators, ref.step) ? ref.definition.validators[ref.step] : undefined;
    if (typeof validator !== 'function') throw new Error(`no validator for step "${step.id}"`);
    const prefix = joinPointer(ref.at.slice(0, -1));
    const found = validator(stepAnswers(planned.pruned, ref.at) ?? {});
    // a valid step may still be blocked (flow.json meta.blockWhen), as the session would keep it
    if (found.length === 0) {
      const scope = stepScope(ref, planned.pruned, planned, options.context);
      const blocked = blockedIssue(ref.definition.flow, ref.step, guardAnswers(ref.definition.manifest, scope.answers, options.today, scope.context), options.today);
      if (blocked !== undefined) found.push(blocked);
    }
    return found.map((local) => ({
      step: step.id,
      issue: { ...local, path: `${prefix}${local.path}` },
      local,
      stepDefinition: ref.definition,
    }));
  });
}
