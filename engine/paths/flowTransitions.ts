import type { FlowConfig, FlowTransition } from '../definition/types';
import type { FlowEdge } from './types';

/**
 * The transitions leaving one state, in the order XState tries them: its `always` transitions
 * first (tried whenever the state is entered), then its `NEXT` transitions. A string target is
 * an unguarded transition. An unknown state id is a caller's mistake and throws.
 *
 * @example
 * flowTransitions(flow, 'auswahl');
 * // [{ id: 'auswahl.NEXT.0', from: 'auswahl', kind: 'NEXT', index: 0, target: 'umzug', guard: {…}, pointer: '/states/auswahl/on/NEXT/0' },
 * //  { id: 'auswahl.NEXT.1', from: 'auswahl', kind: 'NEXT', index: 1, target: 'haushalt', pointer: '/states/auswahl/on/NEXT/1' }]
 */
export function flowTransitions(flow: FlowConfig, stateId: string): FlowEdge[] {
  if (!Object.prototype.hasOwnProperty.call(flow.states, stateId)) {
    throw new Error(`flow.json#/states: no state "${stateId}"; known: ${Object.keys(flow.states).join(', ')}`);
  }
  const state = flow.states[stateId] ?? {};
  return [
    ...edges(stateId, 'always', state.always, `/states/${escape(stateId)}/always`),
    ...edges(stateId, 'NEXT', state.on?.NEXT, `/states/${escape(stateId)}/on/NEXT`),
  ];
}

function edges(
  from: string,
  kind: FlowEdge['kind'],
  transitions: FlowTransition | FlowTransition[] | undefined,
  pointer: string,
): FlowEdge[] {
  if (transitions === undefined) return [];
  if (!Array.isArray(transitions)) return [edge(from, kind, transitions, `${from}.${kind}`, pointer, undefined)];
  return transitions.map((transition, index) =>
    edge(from, kind, transition, `${from}.${kind}.${index}`, `${pointer}/${index}`, index),
  );
}

function edge(
  from: string,
  kind: FlowEdge['kind'],
  transition: FlowTransition,
  id: string,
  pointer: string,
  index: number | undefined,
): FlowEdge {
  const base = { id, from, kind, ...(index === undefined ? {} : { index }), pointer };
  if (typeof transition === 'string') return { ...base, target: transition };
  return { ...base, target: transition.target, ...(transition.guard === undefined ? {} : { guard: transition.guard.params }) };
}

function escape(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
