/** A transition that can fire: where it leads, and its JSON pointer in flow.json. */
export interface Edge {
  target: string;
  pointer: string;
}

export interface FlowCycle {
  /** the states of the cycle, starting and ending with the same state */
  path: string[];
  /** pointer of the transition that closes the cycle */
  pointer: string;
}

/**
 * The cycles of a flow graph reachable from `initial`, one per transition that leads back to a
 * state on the current path (a depth-first search's back edges), in file order. A flow moves
 * forward only (NEXT and eventless `always`), so any cycle can trap the citizen.
 *
 * @example
 * flowCycles('a', new Map([['a', [{ target: 'b', pointer: '/states/a/on/NEXT' }]], ['b', [{ target: 'a', pointer: '/states/b/on/NEXT' }]]]));
 * // [{ path: ['a', 'b', 'a'], pointer: '/states/b/on/NEXT' }]
 */
export function flowCycles(initial: string, edges: ReadonlyMap<string, readonly Edge[]>): FlowCycle[] {
  const cycles: FlowCycle[] = [];
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (state: string): void => {
    stack.push(state);
    for (const edge of edges.get(state) ?? []) {
      const index = stack.indexOf(edge.target);
      if (index >= 0) cycles.push({ path: [...stack.slice(index), edge.target], pointer: edge.pointer });
      else if (!done.has(edge.target)) visit(edge.target);
    }
    stack.pop();
    done.add(state);
  };
  visit(initial);
  return cycles;
}
