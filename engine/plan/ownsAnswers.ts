import type { FlowConfig } from '../definition/types';
import { stepView } from './stepView';

/**
 * Whether a step owns the answer property named like it: every step except the Nachweis
 * checklist and the summary (decision 0001).
 *
 * @example
 * ownsAnswers(flow, 'umzug');     // true
 * ownsAnswers(flow, 'nachweise'); // false (meta.view "evidence")
 */
export function ownsAnswers(flow: FlowConfig, stepId: string): boolean {
  const view = stepView(flow, stepId);
  return view !== 'evidence' && view !== 'summary' && view !== 'anlagen';
}
