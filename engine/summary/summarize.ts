import type { FormDefinition } from '../definition/types';
import { translate } from '../i18n/translate';
import { ownsAnswers } from '../plan/ownsAnswers';
import type { Plan } from '../plan/types';
import { summarizeElement } from './summarizeElement';
import type { SummarySection } from './types';
import { withComputed } from '../computed/withComputed';

/**
 * The check-your-answers model: one section per step on the plan's path that owns answers, with a
 * row for each answered question in the order of the step's UI schema, read from the pruned
 * answers so abandoned branches never show. Labels and values are in `locale` (the PDF asks for
 * German). Controls with `options.showWhen` appear only where the condition holds; `options.today`
 * is the application date, needed when such a condition computes an age or a deadline.
 *
 * @example
 * summarize(definition, plan(definition, answers, { today: '2026-03-10' }), 'de', { today: '2026-03-10' });
 * // [{ step: 'umzug', title: 'Umzug', rows: [{ path: '/umzug/datum', label: 'Datum des Umzugs', value: '01.04.2026', depth: 0 }] }]
 */
export function summarize(
  definition: FormDefinition,
  plan: Plan,
  locale: string,
  options: { today?: string } = {},
): SummarySection[] {
  // showWhen conditions may read computed values (a late Widerspruch's reasons field)
  const context = { definition, locale, answers: withComputed(plan.pruned, plan.computed), today: options.today ?? '' };
  return plan.steps
    .filter((step) => ownsAnswers(definition.flow, step.id))
    .map((step) => {
      const where = `forms/${definition.manifest.id}/ui/${step.id}.json`;
      const ui = Object.prototype.hasOwnProperty.call(definition.ui, step.id) ? definition.ui[step.id] : undefined;
      if (ui === undefined) {
        throw new Error(`${where}: missing; every step that owns answers needs a UI schema`);
      }
      const rows = summarizeElement(context, ui, {
        base: [],
        schema: definition.schema,
        item: undefined,
        where: `${where}#`,
        depth: 0,
      });
      return { step: step.id, title: translate(definition, locale, step.title), rows };
    });
}
