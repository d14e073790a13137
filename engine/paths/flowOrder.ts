import type { FormDefinition } from '../definition/types';
import { flowTransitions } from './flowTransitions';

/**
 * The states in the order a citizen meets them: a topological order of the transition graph
 * from the initial state (depth first, transitions in XState's order, so a step comes before
 * every step it can lead to), then the states no transition reaches, in file order. For a
 * chain of optional steps this is the file order; for branches it puts a branch's steps before
 * the step where the branches meet.
 *
 * @example
 * flowOrder(definition); // ['person', 'auswahl', 'umzug', 'haushalt', 'erklaerung', 'nachweise', 'zusammenfassung']
 */
export function flowOrder(definition: Pick<FormDefinition, 'flow'>): string[] {
  const { flow } = definition;
  const known = new Set(Object.keys(flow.states));
  const finished: string[] = [];
  const visited = new Set<string>();
  // iterative depth-first search: the finishing order reversed is a topological order
  const visit = (start: string) => {
    const stack: { state: string; targets: string[] }[] = [];
    const enter = (state: string) => {
      visited.add(state);
      const targets = flowTransitions(flow, state)
        .map((edge) => edge.target)
        .filter((target) => known.has(target));
      stack.push({ state, targets: targets.reverse() });
    };
    enter(start);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top === undefined) break;
      const next = top.targets.pop();
      if (next === undefined) {
        stack.pop();
        finished.push(top.state);
      } else if (!visited.has(next)) {
        enter(next);
      }
    }
  };
  if (known.has(flow.initial)) visit(flow.initial);
  const reached = finished.reverse();
  return [...reached, ...Object.keys(flow.states).filter((state) => !visited.has(state))];
}
