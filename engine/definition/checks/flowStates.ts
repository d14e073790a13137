import { isRecord, own, type JsonObject } from './json';

export type StateRole = 'step' | 'declaration' | 'evidence' | 'summary' | 'anlagen' | 'final';

/**
 * The states of a parsed flow.json in file order, with what each is for: `step` and
 * `declaration` own the answer property of their name; `evidence`, `anlagen` and `summary` own none.
 * Unusable input gives an empty list (checkFlow reports why).
 *
 * @example
 * flowStates(flow); // [{ id: 'person', role: 'step', state: {…} }, …, { id: 'zusammenfassung', role: 'summary', … }]
 */
export function flowStates(flow: unknown): { id: string; role: StateRole; state: JsonObject }[] {
  const states = isRecord(flow) ? own(flow, 'states') : undefined;
  if (!isRecord(states)) return [];
  return Object.entries(states).map(([id, value]) => {
    const state = isRecord(value) ? value : {};
    const meta = own(state, 'meta');
    const view = isRecord(meta) ? own(meta, 'view') : undefined;
    const role: StateRole =
      view === 'evidence' || view === 'summary' || view === 'declaration' || view === 'anlagen'
        ? view
        : own(state, 'type') === 'final' ? 'final' : 'step';
    return { id, role, state };
  });
}

/**
 * True for states that own the answer property of their name (and have a UI schema).
 *
 * @example
 * ownsProperty('declaration'); // true
 */
export function ownsProperty(role: StateRole): boolean {
  return role === 'step' || role === 'declaration';
}
