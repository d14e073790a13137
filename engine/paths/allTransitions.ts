import type { FormDefinition } from '../definition/types';
import { flowTransitions } from './flowTransitions';
import type { FlowEdge } from './types';

/**
 * Every transition of flow.json: per state in file order, its `always` transitions, then its
 * `NEXT` transitions (the order XState tries them).
 *
 * @example
 * allTransitions(definition).map((t) => t.id);
 * // ['person.NEXT', 'auswahl.NEXT', 'umzug.always', 'umzug.NEXT', …, 'nachweise.NEXT']
 */
export function allTransitions(definition: Pick<FormDefinition, 'flow'>): FlowEdge[] {
  const { flow } = definition;
  return Object.keys(flow.states).flatMap((id) => flowTransitions(flow, id));
}
