import type { Answers, FormDefinition, ValidationIssue } from '../definition/types';
import { resolveStep } from '../modules/resolveStep';
import { stepScope } from '../modules/stepScope';
import { stepAnswers } from '../modules/stepAnswers';
import { stepView } from '../plan/stepView';
import { guardAnswers } from '../plan/guardAnswers';
import { blockedIssue } from '../plan/stepBlock';
import type { Plan } from '../plan/types';
import { assertNever } from '../util/assertNever';
import { joinPointer } from '../util/pointer';
import { validateStep } from '../validation/validateStep';

/**
 * What keeps a step from being done, as validation issues with paths from the answers root:
 * an ordinary or declaration step by its validator, then by its `blockWhen` (a `blocked` issue
 * with the message key in its params); the Nachweis checklist by each required Nachweis
 * still `missing` (neither uploaded nor marked for later), as
 * `{ code: 'evidence', path: '/<step>/<evidenceId>', params: { evidenceId, document } }`,
 * matching `plan`'s notion of a complete checklist; the summary never.
 *
 * @example
 * stepIssues(definition, 'nachweise', answers, formPlan, '2026-03-10');
 * // [{ code: 'evidence', path: '/nachweise/umzug:mietvertrag', params: { evidenceId: 'umzug:mietvertrag', document: 'mietvertrag' } }]
 */
export function stepIssues(
  definition: FormDefinition,
  step: string,
  answers: Answers,
  formPlan: Plan,
  today: string,
  /** what the host provides (`/$context/…`), for a step's `blockWhen` */
  context?: Record<string, unknown>,
): ValidationIssue[] {
  const ref = resolveStep(definition, step);
  const view = stepView(ref.definition.flow, ref.step);
  switch (view) {
    case 'evidence':
      return formPlan.evidence
        .filter((nachweis) => nachweis.status === 'missing' && nachweis.optional !== true)
        .map((nachweis) => ({
          code: 'evidence',
          path: joinPointer([step, nachweis.id]),
          params: { evidenceId: nachweis.id, document: nachweis.document },
        }));
    case 'summary':
    case 'anlagen':
      return [];
    case 'declaration':
    case undefined: {
      // an Anlage instance's step is validated in its own scope: paths start at the Anlage's answers
      const issues = validateStep(ref.definition, ref.step, { [ref.step]: stepAnswers(answers, ref.at) }, { today });
      if (issues.length > 0) return issues;
      const scope = stepScope(ref, answers, formPlan, context);
      const blocked = blockedIssue(ref.definition.flow, ref.step, guardAnswers(ref.definition.manifest, scope.answers, today, scope.context), today);
      return blocked === undefined ? [] : [blocked];
    }
    default:
      return assertNever(view);
  }
}
