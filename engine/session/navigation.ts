import type { ValidationIssue } from '../definition/types';
import { sessionPlan } from './sessionPlan';
import { stepIssues } from './stepIssues';
import type { SessionContext } from './types';

type Step = Pick<SessionContext, 'current' | 'issues'>;

/**
 * Where `NEXT` leads: with issues on the current step the citizen stays and sees them;
 * otherwise on to the next step of the current path (recomputed from the answers, so a changed
 * branch is followed). A current step that fell off the path (a later answer made it skip)
 * leads to the first unfinished step of the path.
 *
 * @example
 * nextStep(context); // { current: 'auswahl', issues: [] }
 */
export function nextStep(context: SessionContext): Step {
  const formPlan = sessionPlan({ context });
  const issues = stepIssues(context.env.definition, context.current, context.answers, formPlan, context.env.today, context.env.context);
  if (issues.length > 0) return { current: context.current, issues };
  if (!onPath(context, context.current)) return { current: firstUnfinished(context), issues: [] };
  return { current: formPlan.next ?? context.current, issues: [] };
}

/**
 * Where `BACK` leads: the previous step of the current path (not the browser history), so a
 * skipped or abandoned step is never shown again. Stays on the first step.
 *
 * @example
 * backStep(context); // { current: 'person', issues: [] }
 */
export function backStep(context: SessionContext): Step {
  const formPlan = sessionPlan({ context });
  if (!onPath(context, context.current)) return { current: firstUnfinished(context), issues: [] };
  return { current: formPlan.back ?? context.current, issues: [] };
}

/**
 * The first step of the current path with issues (in path order) and its issues: where
 * `SUBMIT` sends the citizen when something is missing. `undefined` when every step passes.
 *
 * @example
 * firstInvalidStep(context); // { step: 'umzug', issues: [{ code: 'required', path: '/umzug/plz', … }] }
 */
export function firstInvalidStep(context: SessionContext): { step: string; issues: ValidationIssue[] } | undefined {
  const formPlan = sessionPlan({ context });
  const { definition, today } = context.env;
  for (const { id } of formPlan.steps) {
    const issues = stepIssues(definition, id, context.answers, formPlan, today, context.env.context);
    if (issues.length > 0) return { step: id, issues };
  }
  return undefined;
}

/**
 * Whether a step is on the current path.
 *
 * @example
 * onPath(context, 'umzug'); // false when no Umzug was chosen
 */
export function onPath(context: SessionContext, step: string): boolean {
  return sessionPlan({ context }).steps.some((planned) => planned.id === step);
}

/**
 * The first step of the path that is not complete (the summary when all are): where a session
 * resumes when its current step is not on the path.
 *
 * @example
 * firstUnfinished(context); // 'auswahl'
 */
export function firstUnfinished(context: SessionContext): string {
  const { steps } = sessionPlan({ context });
  const step = steps.find((planned) => !planned.complete) ?? steps[steps.length - 1];
  if (step === undefined) throw new Error(`forms/${context.env.definition.manifest.id}/flow.json: the path has no steps`);
  return step.id;
}
