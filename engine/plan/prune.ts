import type { Answers, FlowConfig } from '../definition/types';
import { ownsAnswers } from './ownsAnswers';

/**
 * The answers of the steps on the path only. Answers of abandoned branches (a change the citizen
 * unticked, a step now skipped) are dropped, so they never reach Anlagen, Nachweise, the summary,
 * the PDF or the submission. The Nachweis checklist and the summary own no answers.
 *
 * @example
 * prune(flow, ['person', 'nachweise', 'zusammenfassung'], { person: { name: 'A' }, umzug: { plz: '10115' } });
 * // { person: { name: 'A' } }
 */
export function prune(flow: FlowConfig, path: readonly string[], answers: Answers): Answers {
  const pruned: Answers = {};
  for (const step of path) {
    if (ownsAnswers(flow, step) && Object.prototype.hasOwnProperty.call(answers, step)) {
      pruned[step] = answers[step];
    }
  }
  return pruned;
}
