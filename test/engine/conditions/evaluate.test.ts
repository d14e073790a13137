import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../engine/conditions/evaluate';
import type { Condition, ConditionScope } from '../../../engine/conditions/types';

const scope: ConditionScope = {
  today: '2026-03-10',
  answers: {
    person: { geburtsdatum: '2008-03-11', name: 'Ada', leer: '', nichts: null },
    auswahl: { aenderungen: ['umzug', 'einkommen'], keine: [] },
    einkommen: { betrag: 450, art: { typ: 'minijob' } },
    umzug: { datum: '2026-04-01' },
    haushalt: {
      personen: [
        { name: 'Ben', geburtsdatum: '1988-01-02', beziehung: 'partner' },
        { name: 'Cleo', geburtsdatum: '2016-06-01', beziehung: 'kind' },
      ],
    },
  },
};

const holds = (condition: Condition, s: ConditionScope = scope) => evaluate(condition, s);

describe('evaluate', () => {
  it('always holds', () => {
    expect(holds({ type: 'always' })).toBe(true);
  });

  it('equals compares deeply and is false for a missing answer', () => {
    expect(holds({ type: 'equals', path: '/einkommen/betrag', value: 450 })).toBe(true);
    expect(holds({ type: 'equals', path: '/einkommen/art', value: { typ: 'minijob' } })).toBe(true);
    expect(holds({ type: 'equals', path: '/einkommen/betrag', value: '450' })).toBe(false);
    expect(holds({ type: 'equals', path: '/fehlt/x', value: null })).toBe(false);
  });

  it('oneOf holds when the answer equals one of the values', () => {
    expect(holds({ type: 'oneOf', path: '/person/name', values: ['Ben', 'Ada'] })).toBe(true);
    expect(holds({ type: 'oneOf', path: '/person/name', values: ['Ben'] })).toBe(false);
  });

  it('includes with valuePath reads the value from the current item (a "who?" question)', () => {
    const who = { ...scope.answers, lebenssituation: { schwanger: ['p2'] } };
    const condition: Condition = { type: 'includes', path: '/lebenssituation/schwanger', valuePath: './id' };
    expect(holds(condition, { ...scope, answers: who, item: { id: 'p2' } })).toBe(true);
    expect(holds(condition, { ...scope, answers: who, item: { id: 'p1' } })).toBe(false);
    // a missing value never matches, not even an array holding undefined
    expect(holds(condition, { ...scope, answers: { lebenssituation: { schwanger: [undefined] } }, item: {} })).toBe(false);
  });

  it('includes looks into an array and is false for a non-array', () => {
    expect(holds({ type: 'includes', path: '/auswahl/aenderungen', value: 'umzug' })).toBe(true);
    expect(holds({ type: 'includes', path: '/auswahl/aenderungen', value: 'haushalt' })).toBe(false);
    expect(holds({ type: 'includes', path: '/person/name', value: 'A' })).toBe(false);
  });

  it('answered is false for undefined, null, empty string and empty array only', () => {
    expect(holds({ type: 'answered', path: '/person/name' })).toBe(true);
    expect(holds({ type: 'answered', path: '/person/leer' })).toBe(false);
    expect(holds({ type: 'answered', path: '/person/nichts' })).toBe(false);
    expect(holds({ type: 'answered', path: '/auswahl/keine' })).toBe(false);
    expect(holds({ type: 'answered', path: '/person/fehlt' })).toBe(false);
    expect(holds({ type: 'answered', path: '/einkommen/betrag' }, { ...scope, answers: { einkommen: { betrag: 0 } } })).toBe(true);
  });

  it('compare orders numbers and ISO dates, and a missing side makes every operator false', () => {
    expect(holds({ type: 'compare', left: { path: '/einkommen/betrag' }, op: '>', right: { value: 400 } })).toBe(true);
    expect(holds({ type: 'compare', left: { path: '/einkommen/betrag' }, op: '<=', right: { value: 450 } })).toBe(true);
    expect(holds({ type: 'compare', left: { path: '/einkommen/betrag' }, op: '<', right: { value: 450 } })).toBe(false);
    expect(holds({ type: 'compare', left: { path: '/umzug/datum' }, op: '>=', right: { value: '2026-03-10' } })).toBe(true);
    expect(holds({ type: 'compare', left: { path: '/einkommen/betrag' }, op: '!=', right: { value: 1 } })).toBe(true);
    expect(holds({ type: 'compare', left: { path: '/einkommen/betrag' }, op: '==', right: { value: 450 } })).toBe(true);
    for (const op of ['<', '<=', '>', '>=', '==', '!='] as const) {
      expect(holds({ type: 'compare', left: { path: '/fehlt' }, op, right: { value: 1 } }), op).toBe(false);
    }
  });

  it('compare has no order between a number and a string', () => {
    expect(holds({ type: 'compare', left: { value: 5 }, op: '<', right: { value: '6' } })).toBe(false);
  });

  it('compare with ageAt sees an 18th birthday only on the day itself', () => {
    const adult = { type: 'compare', left: { ageAt: '/person/geburtsdatum' }, op: '>=', right: { value: 18 } } as const;
    expect(holds(adult)).toBe(false);
    expect(holds(adult, { ...scope, today: '2026-03-11' })).toBe(true);
  });

  it('matches interprets the small schema', () => {
    expect(holds({ type: 'matches', path: '/einkommen/betrag', schema: { type: 'integer', minimum: 1, exclusiveMaximum: 556 } })).toBe(true);
    expect(holds({ type: 'matches', path: '/einkommen/betrag', schema: { exclusiveMinimum: 450 } })).toBe(false);
    expect(holds({ type: 'matches', path: '/person/name', schema: { type: 'string', pattern: '^A', maxLength: 3 } })).toBe(true);
    expect(holds({ type: 'matches', path: '/person/name', schema: { minLength: 4 } })).toBe(false);
    expect(holds({ type: 'matches', path: '/auswahl/aenderungen', schema: { type: 'array', minItems: 2, maxItems: 2 } })).toBe(true);
    expect(holds({ type: 'matches', path: '/person/name', schema: { enum: ['Ben', 'Ada'] } })).toBe(true);
    expect(holds({ type: 'matches', path: '/person/nichts', schema: { type: 'null' } })).toBe(true);
    expect(holds({ type: 'matches', path: '/person/fehlt', schema: {} })).toBe(false);
  });

  it('matches rejects keywords outside the small schema', () => {
    const condition = { type: 'matches', path: '/person/name', schema: { format: 'email' } } as unknown as Condition;
    expect(() => holds(condition)).toThrow('unknown keyword "format" in a matches schema; known: type, const, enum,');
  });

  it('and, or and not combine conditions', () => {
    const yes: Condition = { type: 'always' };
    const no: Condition = { type: 'not', condition: yes };
    expect(holds({ type: 'and', conditions: [yes, yes] })).toBe(true);
    expect(holds({ type: 'and', conditions: [yes, no] })).toBe(false);
    expect(holds({ type: 'or', conditions: [no, yes] })).toBe(true);
    expect(holds({ type: 'or', conditions: [] })).toBe(false);
    expect(holds({ type: 'and', conditions: [] })).toBe(true);
  });

  it('some evaluates where with ./ paths on each item', () => {
    expect(holds({ type: 'some', path: '/haushalt/personen', where: { type: 'equals', path: './beziehung', value: 'kind' } })).toBe(true);
    expect(
      holds({
        type: 'some',
        path: '/haushalt/personen',
        where: { type: 'compare', left: { ageAt: './geburtsdatum' }, op: '<', right: { value: 6 } },
      }),
    ).toBe(false);
    expect(holds({ type: 'some', path: '/auswahl/aenderungen', where: { type: 'equals', path: '.', value: 'einkommen' } })).toBe(true);
    expect(holds({ type: 'some', path: '/fehlt', where: { type: 'always' } })).toBe(false);
  });

  it('throws on an unknown condition type, listing the known ones', () => {
    const unknown = { type: 'greater', path: '/a' } as unknown as Condition;
    expect(() => holds(unknown)).toThrow(
      'unknown condition type "greater"; known: always, equals, oneOf, includes, answered, compare, matches, and, or, not, some',
    );
    expect(() => holds({ type: 'not', condition: null as unknown as Condition })).toThrow('unknown condition type null;');
  });

  it('throws on a path that is neither absolute nor relative', () => {
    expect(() => holds({ type: 'answered', path: 'person/name' })).toThrow(
      'condition path "person/name" must start with "/" (from the answers root) or "./" (from the current item)',
    );
  });
});
