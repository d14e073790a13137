import type { FormDefinition } from '../definition/types';
import { translate } from '../i18n/translate';
import { resolveStep } from '../modules/resolveStep';
import { stepScope } from '../modules/stepScope';
import { guardAnswers } from '../plan/guardAnswers';
import { withContext } from '../modules/withContext';
import { ownsAnswers } from '../plan/ownsAnswers';
import type { Plan, PlannedStep } from '../plan/types';
import { joinPointer } from '../util/pointer';
import { summarizeElement } from './summarizeElement';
import type { SummarySection } from './types';
import { withComputed } from '../computed/withComputed';

/**
 * The check-your-answers model: one section per step on the plan's path that owns answers, with a
 * row for each answered question in the order of the step's UI schema, read from the pruned
 * answers so abandoned branches never show. Labels and values are in `locale` (the PDF asks for
 * German). Controls with `options.showWhen` appear only where the condition holds; `options.today`
 * is the application date, needed when such a condition computes an age or a deadline;
 * `options.context` what the host gave the form (`/$context/…`).
 *
 * A step of an Anlage instance is summarised with the Anlage's UI and texts on the instance's
 * answers and context; its title names the Anlage and the person ("Anlage EK: Einkommen – Anna
 * Wolf: Arbeit") and its row paths start at the form's root (`/anlagen/EK/p0/arbeit/…`).
 *
 * @example
 * summarize(definition, plan(definition, answers, { today: '2026-03-10' }), 'de', { today: '2026-03-10' });
 * // [{ step: 'umzug', title: 'Umzug', rows: [{ path: '/umzug/datum', label: 'Datum des Umzugs', value: '01.04.2026', depth: 0 }] }]
 */
export function summarize(
  definition: FormDefinition,
  plan: Plan,
  locale: string,
  options: { today?: string; context?: Record<string, unknown> } = {},
): SummarySection[] {
  const today = options.today ?? '';
  // showWhen conditions may read computed values (a late Widerspruch's reasons field) and the context
  const own = withContext(withComputed(plan.pruned, plan.computed), options.context);
  return plan.steps.flatMap((step) => {
    const ref = resolveStep(definition, step.id);
    if (!ownsAnswers(ref.definition.flow, ref.step)) return [];
    const where = `forms/${ref.definition.manifest.id}/ui/${ref.step}.json`;
    const ui = Object.prototype.hasOwnProperty.call(ref.definition.ui, ref.step) ? ref.definition.ui[ref.step] : undefined;
    if (ui === undefined) {
      throw new Error(`${where}: missing; every step that owns answers needs a UI schema`);
    }
    // an Anlage step reads its instance's answers, computed values and context
    const scope = stepScope(ref, plan.pruned, plan, options.context);
    const answers = ref.instance === undefined ? own : guardAnswers(ref.definition.manifest, scope.answers, today, scope.context);
    const prefix = joinPointer(ref.at.slice(0, -1));
    const rows = summarizeElement({ definition: ref.definition, locale, answers, today }, ui, {
      base: [],
      schema: ref.definition.schema,
      item: undefined,
      where: `${where}#`,
      depth: 0,
    }).map((row) => (prefix === '' ? row : { ...row, path: `${prefix}${row.path}` }));
    return [{ step: step.id, title: sectionTitle(definition, locale, step), rows }];
  });
}

function sectionTitle(definition: FormDefinition, locale: string, step: PlannedStep): string {
  const title = translate(definition, locale, step.title);
  if (step.instance === undefined) return title;
  const anlage = translate(definition, locale, `${step.instance.anlage}:form.title`);
  return step.instance.person === undefined ? `${anlage}: ${title}` : `${anlage} – ${step.instance.person}: ${title}`;
}
