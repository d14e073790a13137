import { describe, expect, it } from 'vitest';
import { mergeScenarioAnswers } from '../../../engine/paths/mergeScenarioAnswers';

const move = {
  title: 'Umzug',
  today: '2026-03-10',
  answers: {
    person: { vorname: 'Ada', telefon: '030 1' },
    auswahl: { aenderungen: ['umzug'] },
    umzug: { datum: '2026-04-01' },
  },
};
const household = {
  title: 'Haushalt',
  today: '2026-02-01',
  answers: {
    person: { vorname: 'Ben' },
    auswahl: { aenderungen: ['haushalt', 'umzug'] },
    haushalt: { personen: [{ name: 'Cleo' }] },
  },
};

describe('mergeScenarioAnswers', () => {
  it('merges objects deeply, later winning, and unions lists of choices', () => {
    expect(mergeScenarioAnswers([move, household])).toEqual({
      title: 'Umzug + Haushalt',
      today: '2026-03-10',
      answers: {
        person: { vorname: 'Ben', telefon: '030 1' },
        auswahl: { aenderungen: ['umzug', 'haushalt'] },
        umzug: { datum: '2026-04-01' },
        haushalt: { personen: [{ name: 'Cleo' }] },
      },
    });
  });

  it('takes a list of objects from the later scenario whole', () => {
    const later = { ...household, answers: { haushalt: { personen: [{ name: 'Dan' }] } } };
    expect(mergeScenarioAnswers([household, later]).answers['haushalt']).toEqual({ personen: [{ name: 'Dan' }] });
  });

  it('leaves the scenarios unchanged', () => {
    const copy = JSON.parse(JSON.stringify(move)) as typeof move;
    const merged = mergeScenarioAnswers([move, household]);
    (merged.answers['umzug'] as { datum: string }).datum = 'geändert';
    expect(move).toEqual(copy);
  });

  it('keeps a "__proto__" key as a plain key', () => {
    const odd = { title: 'x', today: '2026-01-01', answers: JSON.parse('{"a":{"__proto__":{"polluted":true}}}') as Record<string, unknown> };
    const merged = mergeScenarioAnswers([odd, odd]).answers['a'] as Record<string, unknown>;
    expect(Object.keys(merged)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('needs at least one scenario', () => {
    expect(() => mergeScenarioAnswers([])).toThrow('mergeScenarioAnswers: give at least one scenario');
  });
});
