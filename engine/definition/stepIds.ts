import type { FlowConfig } from './types';

/**
 * The ids of all states of a flow in file order (steps, the Nachweis checklist, the summary).
 *
 * @example
 * stepIds(definition.flow); // ['person', 'auswahl', 'umzug', 'nachweise', 'zusammenfassung']
 */
export function stepIds(flow: FlowConfig): string[] {
  return Object.keys(flow.states);
}
