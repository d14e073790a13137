import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../engine/conditions/types';
import type { FlowConfig, FlowState } from '../../../engine/definition/types';
import { enumeratePaths } from '../../../engine/paths/enumeratePaths';
import { umzugForm } from '../../fixtures/core/umzugForm';
import { miniForm } from '../graph/miniForm';

const chose = (value: string): Condition => ({ type: 'includes', path: '/auswahl/aenderungen', value });
const when = (params: Condition) => ({ type: 'when' as const, params });

/** A chain of `optional` steps, each skipped by an always transition, like the VÄM. */
function chain(optional: number): { flow: FlowConfig } {
  const states: Record<string, FlowState> = { start: { on: { NEXT: 's0' } } };
  for (let i = 0; i < optional; i++) {
    const next = i + 1 < optional ? `s${i + 1}` : 'ende';
    states[`s${i}`] = { always: { target: next, guard: when({ type: 'not', condition: chose(`s${i}`) }) }, on: { NEXT: next } };
  }
  states['ende'] = { type: 'final' };
  return { flow: { id: 'chain', initial: 'start', states } };
}

describe('enumeratePaths', () => {
  it('lists every path of a branch and a skip, skips first, with the transitions taken', () => {
    expect(enumeratePaths(umzugForm())).toEqual({
      paths: [
        {
          steps: ['person', 'auswahl', 'umzug', 'erklaerung', 'nachweise', 'zusammenfassung'],
          transitions: ['person.NEXT', 'auswahl.NEXT.0', 'umzug.NEXT', 'haushalt.always', 'erklaerung.NEXT', 'nachweise.NEXT'],
        },
        {
          steps: ['person', 'auswahl', 'umzug', 'haushalt', 'erklaerung', 'nachweise', 'zusammenfassung'],
          transitions: ['person.NEXT', 'auswahl.NEXT.0', 'umzug.NEXT', 'haushalt.NEXT', 'erklaerung.NEXT', 'nachweise.NEXT'],
        },
        {
          steps: ['person', 'auswahl', 'erklaerung', 'nachweise', 'zusammenfassung'],
          transitions: ['person.NEXT', 'auswahl.NEXT.1', 'haushalt.always', 'erklaerung.NEXT', 'nachweise.NEXT'],
        },
        {
          steps: ['person', 'auswahl', 'haushalt', 'erklaerung', 'nachweise', 'zusammenfassung'],
          transitions: ['person.NEXT', 'auswahl.NEXT.1', 'haushalt.NEXT', 'erklaerung.NEXT', 'nachweise.NEXT'],
        },
      ],
      truncated: false,
    });
  });

  it('drops a skip whose guard contradicts the guard that led to the step', () => {
    expect(enumeratePaths(miniForm())).toEqual({
      paths: [
        { steps: ['start', 'kinder', 'belege', 'ende'], transitions: ['start.NEXT.0', 'kinder.NEXT', 'belege.NEXT'] },
        { steps: ['start', 'belege', 'ende'], transitions: ['start.NEXT.1', 'belege.NEXT'] },
      ],
      truncated: false,
    });
  });

  it('counts 2^13 paths for 13 independent optional steps', () => {
    const result = enumeratePaths(chain(13), { maxPaths: 10_000 });
    expect(result.paths).toHaveLength(8192);
    expect(result.truncated).toBe(false);
    expect(new Set(result.paths.map((path) => path.steps.join(' '))).size).toBe(8192);
  });

  it('stops at 1,000 paths by default and says so', () => {
    const result = enumeratePaths(chain(13));
    expect(result.paths).toHaveLength(1000);
    expect(result.truncated).toBe(true);
  });

  it('reports no truncation when the bound equals the number of paths', () => {
    expect(enumeratePaths(chain(2), { maxPaths: 4 }).truncated).toBe(false);
    expect(enumeratePaths(chain(2), { maxPaths: 3 })).toEqual({
      paths: [
        { steps: ['start', 'ende'], transitions: ['start.NEXT', 's0.always', 's1.always'] },
        { steps: ['start', 's1', 'ende'], transitions: ['start.NEXT', 's0.always', 's1.NEXT'] },
        { steps: ['start', 's0', 'ende'], transitions: ['start.NEXT', 's0.NEXT', 's1.always'] },
      ],
      truncated: true,
    });
  });

  it('never shows a state whose always transition has no guard', () => {
    const flow: FlowConfig = {
      id: 'x',
      initial: 'a',
      states: { a: { always: 'b', on: { NEXT: 'b' } }, b: { type: 'final' } },
    };
    expect(enumeratePaths({ flow }).paths).toEqual([{ steps: ['b'], transitions: ['a.always'] }]);
  });

  it('drops walks that loop or get stuck where no NEXT guard holds', () => {
    const flow: FlowConfig = {
      id: 'x',
      initial: 'a',
      states: {
        a: { on: { NEXT: [{ target: 'a', guard: when(chose('again')) }, { target: 'b', guard: when(chose('b')) }, { target: 'c' }] } },
        b: { on: { NEXT: [{ target: 'c', guard: when(chose('c')) }] } },
        c: { type: 'final' },
      },
    };
    expect(enumeratePaths({ flow }).paths).toEqual([
      { steps: ['a', 'b', 'c'], transitions: ['a.NEXT.1', 'b.NEXT.0'] },
      { steps: ['a', 'c'], transitions: ['a.NEXT.2'] },
    ]);
  });

  it('throws for a transition to an unknown state, naming it', () => {
    const flow: FlowConfig = { id: 'x', initial: 'a', states: { a: { on: { NEXT: 'nirgends' } } } };
    expect(() => enumeratePaths({ flow })).toThrow('flow.json: a transition leads to unknown state "nirgends"; known: a');
  });

  it('rejects a bound that is no whole number', () => {
    expect(() => enumeratePaths(chain(1), { maxPaths: -1 })).toThrow('maxPaths must be a whole number ≥ 0; got -1');
  });
});
