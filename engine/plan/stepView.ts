import type { FlowConfig } from '../definition/types';
import { isRecord } from '../util/isRecord';

/** How a step is shown when it is not an ordinary page of questions. */
export type StepView = 'evidence' | 'summary' | 'declaration' | 'anlagen';

const views: readonly StepView[] = ['evidence', 'summary', 'declaration', 'anlagen'];

/**
 * The `meta.view` of a flow state: `evidence` (Nachweis checklist, owns no answers), `summary`
 * (check-your-answers, the final state, owns no answers), `anlagen` (the Anlagen plan; the
 * Anlagen's own steps follow it; owns no answers), `declaration` (an ordinary step shown
 * with its full text), or undefined for an ordinary step and for ids that are no step. An unknown
 * view is a form author's mistake and throws.
 *
 * @example
 * stepView(flow, 'nachweise'); // 'evidence'
 * stepView(flow, 'person');    // undefined
 */
export function stepView(flow: FlowConfig, stepId: string): StepView | undefined {
  const state: unknown = Object.prototype.hasOwnProperty.call(flow.states, stepId) ? flow.states[stepId] : undefined;
  // FlowState does not declare meta: XState allows any meta, and only `view` means something here
  const meta = isRecord(state) ? state['meta'] : undefined;
  const view = isRecord(meta) ? meta['view'] : undefined;
  if (view === undefined) return undefined;
  if (!(views as readonly unknown[]).includes(view)) {
    throw new Error(
      `flow.json#/states/${stepId}/meta/view: unknown view ${JSON.stringify(view)}; known: ${views.join(', ')}`,
    );
  }
  return view as StepView;
}
