import { describe, expect, it } from 'vitest';
import { evaluateOperand } from '../../../engine/conditions/evaluateOperand';
import type { ConditionScope, Operand } from '../../../engine/conditions/types';

const scope: ConditionScope = {
  today: '2026-03-10',
  answers: {
    person: { geburtsdatum: '2010-03-11' },
    umzug: { datum: '2026-04-01', frueher: '2026-03-01', kaputt: '2026-02-30' },
    haushalt: { personen: [{ alter: 3 }, { alter: 30 }, { alter: 5 }] },
  },
};

describe('evaluateOperand', () => {
  it('returns literals and answers', () => {
    expect(evaluateOperand({ value: [1, 2] }, scope)).toEqual([1, 2]);
    expect(evaluateOperand({ path: '/umzug/datum' }, scope)).toBe('2026-04-01');
  });

  it('ageAt gives whole years at today, undefined for an invalid date', () => {
    expect(evaluateOperand({ ageAt: '/person/geburtsdatum' }, scope)).toBe(15);
    expect(evaluateOperand({ ageAt: '/umzug/kaputt' }, scope)).toBeUndefined();
    expect(evaluateOperand({ ageAt: './geburtsdatum' }, { ...scope, item: { geburtsdatum: '2020-03-10' } })).toBe(6);
  });

  it('daysFromToday is positive ahead and negative behind', () => {
    expect(evaluateOperand({ daysFromToday: '/umzug/datum' }, scope)).toBe(22);
    expect(evaluateOperand({ daysFromToday: '/umzug/frueher' }, scope)).toBe(-9);
  });

  it('count counts all items, the items matching where, and 0 for a missing list', () => {
    expect(evaluateOperand({ count: '/haushalt/personen' }, scope)).toBe(3);
    expect(
      evaluateOperand(
        { count: '/haushalt/personen', where: { type: 'compare', left: { path: './alter' }, op: '<', right: { value: 6 } } },
        scope,
      ),
    ).toBe(2);
    expect(evaluateOperand({ count: '/haushalt/niemand' }, scope)).toBe(0);
  });

  it('throws on an operand with no known key or with two', () => {
    expect(() => evaluateOperand({ age: '/x' } as unknown as Operand, scope)).toThrow(
      'unknown operand {"age":"/x"}; known: { "value": … }, { "path": … }, { "ageAt": … }, { "count": … }, { "daysFromToday": … }',
    );
    expect(() => evaluateOperand({ path: '/x', value: 1 } as unknown as Operand, scope)).toThrow('unknown operand {"path":"/x","value":1}');
  });

  it('throws when the caller passes no valid today', () => {
    expect(() => evaluateOperand({ ageAt: '/person/geburtsdatum' }, { ...scope, today: '10.03.2026' })).toThrow(
      'scope.today must be an ISO date YYYY-MM-DD, got "10.03.2026"',
    );
  });
});
