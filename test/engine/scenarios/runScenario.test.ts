import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../engine/definition/types';
import { formatScenarioResult } from '../../../engine/scenarios/formatScenarioResult';
import { runScenario } from '../../../engine/scenarios/runScenario';
import { completeAnswers, umzugForm } from '../../fixtures/core/umzugForm';

const passing: Scenario = {
  title: 'Umzug mit Partner und zwei Kindern',
  today: '2026-03-10',
  answers: completeAnswers(),
  expect: {
    steps: ['person', 'auswahl', 'umzug', 'haushalt', 'erklaerung', 'nachweise', 'zusammenfassung'],
    anlagen: [{ anlage: 'KDU' }, { anlage: 'KI', item: 1 }, { anlage: 'WEP', item: 0 }],
    evidence: [
      { document: 'mietvertrag' },
      { document: 'meldebescheinigung' },
      { document: 'geburtsurkunde', item: 1 },
      { document: 'geburtsurkunde', item: 2 },
    ],
    identityLevel: 'substanziell',
  },
};

describe('runScenario', () => {
  it('passes when path, Anlagen, Nachweise and identity level match exactly', () => {
    expect(runScenario(umzugForm(), passing)).toEqual({ title: passing.title, passed: true, differences: [] });
  });

  it('reports every difference, not only the first', () => {
    const scenario: Scenario = {
      ...passing,
      expect: {
        steps: ['person', 'auswahl', 'erklaerung', 'nachweise', 'zusammenfassung'],
        anlagen: [{ anlage: 'KDU' }, { anlage: 'KI', item: 2 }, { anlage: 'WEP', item: 0 }],
        evidence: [{ document: 'mietvertrag' }],
        identityLevel: 'basis',
      },
    };
    expect(runScenario(umzugForm(), scenario).differences).toEqual([
      { what: 'steps', expected: scenario.expect.steps, actual: passing.expect.steps },
      { what: 'anlagen', expected: scenario.expect.anlagen, actual: passing.expect.anlagen },
      { what: 'evidence', expected: scenario.expect.evidence, actual: passing.expect.evidence },
      { what: 'identityLevel', expected: 'basis', actual: 'substanziell' },
    ]);
  });

  it('compares the identity level only when the scenario expects one', () => {
    const { identityLevel: _ignored, ...expectNoLevel } = passing.expect;
    expect(runScenario(umzugForm(), { ...passing, expect: expectNoLevel }).passed).toBe(true);
  });

  it('reports invalid answers of steps on the path, but not of pruned steps', () => {
    const answers = {
      ...completeAnswers(),
      auswahl: { aenderungen: ['haushalt'] },
      // pruned: its bad postcode does not count
      umzug: { datum: '2026-04-01', adresse: { plz: '1011' } },
      erklaerung: { richtig: false },
    };
    const result = runScenario(umzugForm(), {
      ...passing,
      answers,
      expect: {
        steps: ['person', 'auswahl', 'haushalt', 'erklaerung', 'nachweise', 'zusammenfassung'],
        anlagen: [{ anlage: 'KI', item: 1 }, { anlage: 'WEP', item: 0 }],
        evidence: [
          { document: 'geburtsurkunde', item: 1 },
          { document: 'geburtsurkunde', item: 2 },
        ],
        identityLevel: 'basis',
      },
    });
    expect(result).toEqual({
      title: passing.title,
      passed: false,
      differences: [{ what: 'invalid', expected: [], actual: [{ code: 'const', path: '/erklaerung/richtig', params: {} }] }],
    });
  });
});

describe('formatScenarioResult', () => {
  it('prints a single line for a passing scenario', () => {
    expect(formatScenarioResult({ title: 'Umzug', passed: true, differences: [] })).toBe('✓ Umzug');
  });

  it('prints expected against got for each difference', () => {
    const text = formatScenarioResult({
      title: 'Umzug',
      passed: false,
      differences: [
        { what: 'steps', expected: ['a', 'b', 'z'], actual: ['a', 'z'] },
        { what: 'anlagen', expected: [{ anlage: 'KDU' }, { anlage: 'KI', item: 1 }], actual: [] },
        { what: 'evidence', expected: [], actual: [{ document: 'mietvertrag' }] },
        { what: 'identityLevel', expected: 'substanziell', actual: 'basis' },
        {
          what: 'invalid',
          expected: [],
          actual: [
            { code: 'format', path: '/umzug/plz', params: { format: 'plz' } },
            { code: 'const', path: '/erklaerung/richtig', params: {} },
          ],
        },
      ],
    });
    expect(text).toBe(
      [
        '✗ Umzug',
        '  steps differ',
        '    expected: a → b → z',
        '    got:      a → z',
        '  anlagen differ',
        '    expected: KDU, KI (item 1)',
        '    got:      (none)',
        '  evidence differs',
        '    expected: (none)',
        '    got:      mietvertrag',
        '  identityLevel differs',
        '    expected: substanziell',
        '    got:      basis',
        '  answers are invalid',
        '    /umzug/plz: format {"format":"plz"}',
        '    /erklaerung/richtig: const',
      ].join('\n'),
    );
  });
});
