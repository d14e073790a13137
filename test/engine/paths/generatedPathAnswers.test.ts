import { describe, expect, it } from 'vitest';
import type { Answers, Scenario } from '../../../engine/definition/types';
import { generatedPathAnswers } from '../../../engine/paths/generatedPathAnswers';
import { completeAnswers, umzugForm } from '../../fixtures/core/umzugForm';

const base = completeAnswers();
const scenario = (title: string, answers: Answers): Scenario => ({
  title,
  today: '2026-03-10',
  answers,
  expect: { steps: [], anlagen: [], evidence: [] },
});

const scenarios = {
  umzug: scenario('Umzug', { person: base['person'], auswahl: { aenderungen: ['umzug'] }, umzug: base['umzug'] }),
  haushalt: scenario('Haushalt', { person: base['person'], auswahl: { aenderungen: ['haushalt'] }, haushalt: base['haushalt'] }),
  einkommen: scenario('Einkommen', { person: base['person'], auswahl: { aenderungen: ['einkommen'] } }),
};

describe('generatedPathAnswers', () => {
  it('merges neighbouring scenarios into answers for paths no scenario walks', () => {
    const generated = generatedPathAnswers(umzugForm(), scenarios, { count: 5 });
    expect(generated.map(({ from, steps, title }) => ({ from, steps, title }))).toEqual([
      {
        from: ['umzug', 'haushalt'],
        steps: ['person', 'auswahl', 'umzug', 'haushalt', 'erklaerung', 'nachweise', 'zusammenfassung'],
        title: 'Umzug + Haushalt',
      },
    ]);
    expect(generated[0]?.answers['auswahl']).toEqual({ aenderungen: ['umzug', 'haushalt'] });
  });

  it('stops at count', () => {
    expect(generatedPathAnswers(umzugForm(), scenarios, { count: 0 })).toEqual([]);
  });

  it('finds nothing new from a single scenario', () => {
    expect(generatedPathAnswers(umzugForm(), { umzug: scenarios.umzug }, { count: 3 })).toEqual([]);
  });
});
