import type { FormDefinition } from '../definition/types';
import { type Assumptions, assumeCondition } from './assumeCondition';
import { flowTransitions } from './flowTransitions';
import type { FlowEdge, FlowPath, PathEnumeration } from './types';

export interface EnumeratePathsOptions {
  /** stop after this many paths and report `truncated` (default 1,000) */
  maxPaths?: number;
}

/**
 * The distinct paths through the flow, found from flow.json alone (no answers): from the initial
 * state, every `always` and every `NEXT` transition is a possible branch. A guarded transition
 * may or may not hold; the branches respect XState's order, so taking transition k assumes that
 * the guards before it did not hold, and an unguarded transition ends the list (nothing after it
 * is ever tried). A state whose `always` transition is taken is skipped, not shown.
 *
 * Dropped as infeasible: branches that contradict an earlier assumption on the same condition
 * (see `assumeCondition`), that enter a state twice (walkFlow rejects loops), and that end at a
 * state where every `NEXT` guard failed. Paths are produced lazily in depth-first order (the
 * skip before the shown step) and counting stops at `maxPaths`: a flow with 13 optional steps
 * has 2^13 paths, and nobody needs them all.
 *
 * @example
 * enumeratePaths(definition, { maxPaths: 2 });
 * // { paths: [
 * //     { steps: ['person', 'auswahl', 'umzug', 'erklaerung', …],
 * //       transitions: ['person.NEXT', 'auswahl.NEXT.0', 'umzug.NEXT', 'haushalt.always', …] },
 * //     { steps: ['person', 'auswahl', 'umzug', 'haushalt', 'erklaerung', …], … }],
 * //   truncated: true }
 */
export function enumeratePaths(definition: Pick<FormDefinition, 'flow'>, options: EnumeratePathsOptions = {}): PathEnumeration {
  const maxPaths = options.maxPaths ?? 1000;
  if (!Number.isInteger(maxPaths) || maxPaths < 0) {
    throw new Error(`enumeratePaths: maxPaths must be a whole number ≥ 0; got ${String(maxPaths)}`);
  }
  const { flow } = definition;
  const edgesOf = new Map(Object.keys(flow.states).map((id) => [id, flowTransitions(flow, id)]));
  const paths: FlowPath[] = [];
  const walker = walk(flow.initial, { steps: [], transitions: [], entered: new Set(), assumptions: new Map() });
  for (;;) {
    const next = walker.next();
    if (next.done === true) return { paths, truncated: false };
    if (paths.length === maxPaths) return { paths, truncated: true };
    paths.push(next.value);
  }

  function* walk(state: string, so: WalkState): Generator<FlowPath> {
    const edges = edgesOf.get(state);
    if (edges === undefined) {
      throw new Error(`flow.json: a transition leads to unknown state "${state}"; known: ${[...edgesOf.keys()].join(', ')}`);
    }
    if (so.entered.has(state)) return;
    const entered = new Set(so.entered).add(state);
    const here = { ...so, entered };

    // Entering a state, XState first tries its always transitions: any that holds skips the state.
    const skipped = yield* branches(edges.filter((edge) => edge.kind === 'always'), here);
    if (skipped === undefined) return;
    const shown = { ...here, assumptions: skipped, steps: [...here.steps, state] };
    if (flow.states[state]?.type === 'final') {
      yield { steps: shown.steps, transitions: shown.transitions };
      return;
    }
    yield* branches(edges.filter((edge) => edge.kind === 'NEXT'), shown);
  }

  /**
   * Walks on through each transition of the list in turn; returns the assumptions under which
   * none of them holds, or undefined when that cannot be (an unguarded one, or a contradiction).
   */
  function* branches(edges: FlowEdge[], so: WalkState): Generator<FlowPath, Assumptions | undefined> {
    let assumptions: Assumptions | undefined = so.assumptions;
    for (const edge of edges) {
      if (assumptions === undefined) return undefined;
      const taken = edge.guard === undefined ? assumptions : assumeCondition(assumptions, edge.guard, true);
      if (taken !== undefined) {
        yield* walk(edge.target, { ...so, assumptions: taken, transitions: [...so.transitions, edge.id] });
      }
      if (edge.guard === undefined) return undefined;
      assumptions = assumeCondition(assumptions, edge.guard, false);
    }
    return assumptions;
  }
}

interface WalkState {
  steps: string[];
  transitions: string[];
  /** states entered on this branch, skipped ones included */
  entered: ReadonlySet<string>;
  assumptions: Assumptions;
}
