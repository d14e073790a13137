import { describe, expect, it } from 'vitest';
import { allSteps } from '../../../engine/paths/allSteps';
import { allTransitions } from '../../../engine/paths/allTransitions';
import { flowTransitions } from '../../../engine/paths/flowTransitions';
import { umzugForm } from '../../fixtures/core/umzugForm';

describe('allSteps', () => {
  it('lists every state of flow.json in file order', () => {
    expect(allSteps(umzugForm())).toEqual(['person', 'auswahl', 'umzug', 'haushalt', 'erklaerung', 'nachweise', 'zusammenfassung']);
  });
});

describe('allTransitions', () => {
  it('lists every transition, always before NEXT, indexed only where the file holds a list', () => {
    expect(allTransitions(umzugForm()).map((edge) => `${edge.id} → ${edge.target}`)).toEqual([
      'person.NEXT → auswahl',
      'auswahl.NEXT.0 → umzug',
      'auswahl.NEXT.1 → haushalt',
      'umzug.NEXT → haushalt',
      'haushalt.always → erklaerung',
      'haushalt.NEXT → erklaerung',
      'erklaerung.NEXT → nachweise',
      'nachweise.NEXT → zusammenfassung',
    ]);
  });
});

describe('flowTransitions', () => {
  it('gives guard and JSON pointer of each transition', () => {
    expect(flowTransitions(umzugForm().flow, 'auswahl')).toEqual([
      {
        id: 'auswahl.NEXT.0',
        from: 'auswahl',
        kind: 'NEXT',
        index: 0,
        target: 'umzug',
        guard: { type: 'includes', path: '/auswahl/aenderungen', value: 'umzug' },
        pointer: '/states/auswahl/on/NEXT/0',
      },
      { id: 'auswahl.NEXT.1', from: 'auswahl', kind: 'NEXT', index: 1, target: 'haushalt', pointer: '/states/auswahl/on/NEXT/1' },
    ]);
    expect(flowTransitions(umzugForm().flow, 'haushalt')[0]).toMatchObject({ id: 'haushalt.always', pointer: '/states/haushalt/always' });
  });

  it('throws for an unknown state, listing the known ones', () => {
    expect(() => flowTransitions(umzugForm().flow, 'x')).toThrow(
      'flow.json#/states: no state "x"; known: person, auswahl, umzug, haushalt, erklaerung, nachweise, zusammenfassung',
    );
  });
});
