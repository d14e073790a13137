import { initialTransition, transition } from 'xstate';
import { evaluate } from '../conditions/evaluate';
import type { FlowConfig, FlowTransition } from '../definition/types';
import { type FlowContext, flowMachine } from './flowMachine';

type FlowSnapshot = ReturnType<typeof initialTransition<ReturnType<typeof flowMachine>>>[0];

/**
 * The ids of the steps on the path for these answers, from the initial state to the final one,
 * found by simulating the flow with XState's pure `initialTransition`/`transition` and sending
 * `NEXT` at each step. Guards read the answers as they are, so the whole path is walked whether
 * or not the steps are complete. Steps left through `always` at once are not on the path.
 *
 * Throws (a form author's mistake) when the walk visits a step twice, loops through `always`
 * transitions, or stops at a step where no `NEXT` transition applies.
 *
 * @example
 * walkFlow(definition.flow, 'vaem', { answers, today: '2026-03-10' });
 * // ['person', 'auswahl', 'umzug', 'nachweise', 'zusammenfassung']
 */
export function walkFlow(flow: FlowConfig, formId: string, context: FlowContext): string[] {
  const machine = flowMachine(flow);
  const where = `forms/${formId}/flow.json`;
  let snapshot: FlowSnapshot = guarded(() => initialTransition(machine, context)[0], flow, where, context, undefined);
  const path: string[] = [];
  const seen = new Set<string>();
  for (;;) {
    const id = stateId(snapshot.value, where);
    if (seen.has(id)) {
      const loop = [...path.slice(path.indexOf(id)), id];
      throw new Error(`${where}: the path loops: ${loop.join(' → ')}; every NEXT must lead to a later step`);
    }
    seen.add(id);
    path.push(id);
    if (snapshot.status === 'done') return path;
    const current = snapshot;
    const next = guarded(() => transition(machine, current, { type: 'NEXT' })[0], flow, where, context, id);
    if (next === current) {
      throw new Error(
        `${where}#/states/${id}/on/NEXT: no transition applies for these answers; add a last target without a guard`,
      );
    }
    snapshot = next;
  }
}

function stateId(value: unknown, where: string): string {
  if (typeof value !== 'string') {
    throw new Error(
      `${where}: nested states are not supported (state value ${JSON.stringify(value)}); keep one level of states`,
    );
  }
  return value;
}

/**
 * Runs an XState step. XState returns errors of the initial step as a snapshot with status
 * "error" and throws those of later steps; both are rethrown, an infinite loop as an error that
 * names the loop.
 */
function guarded(
  run: () => FlowSnapshot,
  flow: FlowConfig,
  where: string,
  context: FlowContext,
  from: string | undefined,
): FlowSnapshot {
  try {
    const snapshot = run();
    if (snapshot.status === 'error') throw snapshot.error;
    return snapshot;
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('Infinite loop detected')) {
      const start = from === undefined ? flow.initial : firstEnabled(flow.states[from]?.on?.NEXT, context);
      throw new Error(
        `${where}: the always transitions loop: ${alwaysLoop(flow, start, context).join(' → ')}; ` +
          'an always transition must lead to a later step',
      );
    }
    throw error;
  }
}

// Follows the `always` transitions XState took, only to name them in the error message.
function alwaysLoop(flow: FlowConfig, start: string | undefined, context: FlowContext): string[] {
  const visited: string[] = [];
  let id = start;
  while (id !== undefined && !visited.includes(id)) {
    visited.push(id);
    id = firstEnabled(flow.states[id]?.always, context);
  }
  return id === undefined ? visited : [...visited.slice(visited.indexOf(id)), id];
}

function firstEnabled(
  transitions: FlowTransition | FlowTransition[] | undefined,
  context: FlowContext,
): string | undefined {
  const list = transitions === undefined ? [] : Array.isArray(transitions) ? transitions : [transitions];
  for (const t of list) {
    if (typeof t === 'string') return t;
    if (t.guard === undefined || evaluate(t.guard.params, { answers: context.answers, today: context.today })) {
      return t.target;
    }
  }
  return undefined;
}
