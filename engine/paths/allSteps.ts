import type { FormDefinition } from '../definition/types';

/**
 * Every state of flow.json in file order: the steps, the Nachweis checklist and the summary,
 * reachable or not. Coverage reports list each of them.
 *
 * @example
 * allSteps(definition); // ['person', 'auswahl', 'umzug', …, 'nachweise', 'zusammenfassung']
 */
export function allSteps(definition: Pick<FormDefinition, 'flow'>): string[] {
  return Object.keys(definition.flow.states);
}
