import { evaluate } from '../conditions/evaluate';
import { readPaths } from '../conditions/readPaths';
import type { Condition } from '../conditions/types';
import type { Answers, FlowConfig, ValidationIssue } from '../definition/types';
import { getAt } from '../util/pointer';

/** A step the citizen may not leave by NEXT while a condition holds (flow.json `meta.blockWhen`). */
export interface StepBlock {
  when: Condition;
  /** i18n key of what the citizen is told instead */
  message: string;
  /** `{{name}}` slots of the message → JSON pointers, as Label params */
  params: Record<string, string>;
}

/**
 * The block of a step, from its flow state's `meta`: `blockWhen` (a condition), `blockMessage`
 * (a text key) and `blockParams`. For an Anliegen the jobcenter switched off, or one that
 * belongs in another form: the step stays, its message says why.
 *
 * @example
 * stepBlock(flow, 'anliegen'); // { when: { type: 'equals', path: '/$computed/anliegen/angeboten', value: false }, message: 'anliegen.gesperrt', params: {} }
 */
export function stepBlock(flow: FlowConfig, step: string): StepBlock | undefined {
  const state = Object.prototype.hasOwnProperty.call(flow.states, step) ? (flow.states[step] as Record<string, unknown>) : undefined;
  const meta = state?.['meta'];
  if (typeof meta !== 'object' || meta === null) return undefined;
  const { blockWhen, blockMessage, blockParams } = meta as Record<string, unknown>;
  if (typeof blockWhen !== 'object' || blockWhen === null || typeof blockMessage !== 'string') return undefined;
  const params = typeof blockParams === 'object' && blockParams !== null ? (blockParams as Record<string, string>) : {};
  return { when: blockWhen as Condition, message: blockMessage, params };
}

/**
 * The issue that keeps a blocked step from being left, or undefined when its condition does not
 * hold. `seen` are the answers as guards see them (with `$computed` and `$context`). The issue
 * sits at the first field of the step the condition reads (so the error shows there), and
 * carries the message key and its filled slots.
 *
 * @example
 * blockedIssue(flow, 'anliegen', seen, '2026-03-10');
 * // { code: 'blocked', path: '/anliegen/art', params: { messageKey: 'anliegen.gesperrt', verweis: 'Bitte rufen Sie an.' } }
 */
export function blockedIssue(flow: FlowConfig, step: string, seen: Answers, today: string): ValidationIssue | undefined {
  const block = stepBlock(flow, step);
  if (block === undefined || !evaluate(block.when, { answers: seen, today })) return undefined;
  const field = readPaths(block.when).find((path) => path.startsWith(`/${step}/`)) ?? `/${step}`;
  const params = Object.fromEntries(Object.entries(block.params).map(([name, pointer]) => [name, String(getAt(seen, pointer) ?? '')]));
  return { code: 'blocked', path: field, params: { messageKey: block.message, ...params } };
}
