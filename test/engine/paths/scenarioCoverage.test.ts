import { describe, expect, it } from 'vitest';
import type { Answers, Scenario } from '../../../engine/definition/types';
import { scenarioCoverage } from '../../../engine/paths/scenarioCoverage';
import { completeAnswers, umzugForm } from '../../fixtures/core/umzugForm';

const scenario = (title: string, answers: Answers): Scenario => ({
  title,
  today: '2026-03-10',
  answers,
  expect: { steps: [], anlagen: [], evidence: [] },
});

const both = scenario('Umzug und Haushalt', completeAnswers());
const onlyMove = scenario('Nur Umzug', { ...completeAnswers(), auswahl: { aenderungen: ['umzug'] } });

describe('scenarioCoverage', () => {
  it('names the scenarios reaching each step and taking each transition', () => {
    expect(scenarioCoverage(umzugForm(), { both, 'only-move': onlyMove })).toEqual({
      steps: [
        { id: 'person', covered: true, scenarios: ['both', 'only-move'] },
        { id: 'auswahl', covered: true, scenarios: ['both', 'only-move'] },
        { id: 'umzug', covered: true, scenarios: ['both', 'only-move'] },
        { id: 'haushalt', covered: true, scenarios: ['both'] },
        { id: 'erklaerung', covered: true, scenarios: ['both', 'only-move'] },
        { id: 'nachweise', covered: true, scenarios: ['both', 'only-move'] },
        { id: 'zusammenfassung', covered: true, scenarios: ['both', 'only-move'] },
      ],
      transitions: [
        { id: 'person.NEXT', covered: true, scenarios: ['both', 'only-move'] },
        { id: 'auswahl.NEXT.0', covered: true, scenarios: ['both', 'only-move'] },
        { id: 'auswahl.NEXT.1', covered: false, scenarios: [] },
        { id: 'umzug.NEXT', covered: true, scenarios: ['both', 'only-move'] },
        { id: 'haushalt.always', covered: true, scenarios: ['only-move'] },
        { id: 'haushalt.NEXT', covered: true, scenarios: ['both'] },
        { id: 'erklaerung.NEXT', covered: true, scenarios: ['both', 'only-move'] },
        { id: 'nachweise.NEXT', covered: true, scenarios: ['both', 'only-move'] },
      ],
      uncoveredSteps: [],
      uncoveredTransitions: ['auswahl.NEXT.1'],
    });
  });

  it('reports the steps no scenario reaches', () => {
    const coverage = scenarioCoverage(umzugForm(), { 'only-move': onlyMove });
    expect(coverage.uncoveredSteps).toEqual(['haushalt']);
    expect(coverage.uncoveredTransitions).toEqual(['auswahl.NEXT.1', 'haushalt.NEXT']);
  });

  it('covers nothing without scenarios', () => {
    const coverage = scenarioCoverage(umzugForm(), {});
    expect(coverage.uncoveredSteps).toHaveLength(7);
    expect(coverage.uncoveredTransitions).toHaveLength(8);
  });
});
