import { evaluate } from '../conditions/evaluate';
import type { ConditionScope } from '../conditions/types';
import type { FormDefinition } from '../definition/types';
import { flowTransitions } from './flowTransitions';
import type { FlowEdge, FlowPath } from './types';

/**
 * The path for these answers together with the transitions taken, found by walking flow.json
 * the way XState resolves it: on entering a state its `always` transitions are tried in order
 * and the first whose guard holds (or that has none) is taken, skipping the state; otherwise the
 * state is shown and its `NEXT` transitions are tried in order. Guards are evaluated with
 * `evaluate` on the answers as they are (not pruned), like `plan` does.
 *
 * `plan` gives the steps but not which transition led from one to the next (two transitions
 * may share a target, and skips leave no trace in the path), so coverage walks again here;
 * `scenarioCoverage` checks that both walks agree on the steps.
 *
 * Throws like walkFlow (a form author's mistake) when the walk enters a state twice or stops
 * at a step where no `NEXT` transition holds.
 *
 * @example
 * takenTransitions(definition, { answers: { auswahl: { aenderungen: ['umzug'] } }, today: '2026-03-10' });
 * // { steps: ['person', 'auswahl', 'umzug', 'erklaerung', …],
 * //   transitions: ['person.NEXT', 'auswahl.NEXT.0', 'umzug.NEXT', 'haushalt.always', …] }
 */
export function takenTransitions(definition: Pick<FormDefinition, 'flow' | 'manifest'>, scope: ConditionScope): FlowPath {
  const { flow } = definition;
  const where = `forms/${definition.manifest.id}/flow.json`;
  const steps: string[] = [];
  const transitions: string[] = [];
  const entered: string[] = [];
  let state = flow.initial;
  for (;;) {
    if (entered.includes(state)) {
      throw new Error(`${where}: the path loops: ${[...entered.slice(entered.indexOf(state)), state].join(' → ')}`);
    }
    entered.push(state);
    const edges = flowTransitions(flow, state);
    const skip = firstHolding(edges.filter((edge) => edge.kind === 'always'), scope);
    if (skip !== undefined) {
      transitions.push(skip.id);
      state = skip.target;
      continue;
    }
    steps.push(state);
    if (flow.states[state]?.type === 'final') return { steps, transitions };
    const next = firstHolding(edges.filter((edge) => edge.kind === 'NEXT'), scope);
    if (next === undefined) {
      throw new Error(`${where}#/states/${state}/on/NEXT: no transition applies for these answers; add a last target without a guard`);
    }
    transitions.push(next.id);
    state = next.target;
  }
}

function firstHolding(edges: FlowEdge[], scope: ConditionScope): FlowEdge | undefined {
  return edges.find((edge) => edge.guard === undefined || evaluate(edge.guard, scope));
}
