import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../engine/definition/types';
import { takenTransitions } from '../../../engine/paths/takenTransitions';
import { completeAnswers, umzugForm } from '../../fixtures/core/umzugForm';

const today = '2026-03-10';

describe('takenTransitions', () => {
  it('records the first NEXT transition whose guard holds', () => {
    expect(takenTransitions(umzugForm(), { answers: completeAnswers(), today })).toEqual({
      steps: ['person', 'auswahl', 'umzug', 'haushalt', 'erklaerung', 'nachweise', 'zusammenfassung'],
      transitions: ['person.NEXT', 'auswahl.NEXT.0', 'umzug.NEXT', 'haushalt.NEXT', 'erklaerung.NEXT', 'nachweise.NEXT'],
    });
  });

  it('records a skip and leaves the skipped state off the path', () => {
    expect(takenTransitions(umzugForm(), { answers: { auswahl: { aenderungen: ['einkommen'] } }, today })).toEqual({
      steps: ['person', 'auswahl', 'erklaerung', 'nachweise', 'zusammenfassung'],
      transitions: ['person.NEXT', 'auswahl.NEXT.1', 'haushalt.always', 'erklaerung.NEXT', 'nachweise.NEXT'],
    });
  });

  it('throws where no NEXT transition holds', () => {
    const definition: FormDefinition = umzugForm();
    definition.flow.states['auswahl'] = {
      on: { NEXT: [{ target: 'umzug', guard: { type: 'when', params: { type: 'answered', path: '/umzug' } } }] },
    };
    expect(() => takenTransitions(definition, { answers: {}, today })).toThrow(
      'forms/umzugtest/flow.json#/states/auswahl/on/NEXT: no transition applies for these answers; add a last target without a guard',
    );
  });

  it('throws for a loop, naming it', () => {
    const definition: FormDefinition = umzugForm();
    definition.flow.states['umzug'] = { on: { NEXT: 'auswahl' } };
    expect(() => takenTransitions(definition, { answers: completeAnswers(), today })).toThrow(
      'forms/umzugtest/flow.json: the path loops: auswahl → umzug → auswahl',
    );
  });
});
