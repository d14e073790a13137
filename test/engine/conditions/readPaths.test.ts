import { describe, expect, it } from 'vitest';
import { conditionTypes } from '../../../engine/conditions/conditionTypes';
import { readPaths } from '../../../engine/conditions/readPaths';
import type { Condition } from '../../../engine/conditions/types';

describe('readPaths', () => {
  it('lists every path once, in order, with operands and nested conditions', () => {
    const condition: Condition = {
      type: 'and',
      conditions: [
        { type: 'includes', path: '/auswahl/aenderungen', value: 'umzug' },
        { type: 'not', condition: { type: 'answered', path: '/umzug/datum' } },
        { type: 'compare', left: { ageAt: './geburtsdatum' }, op: '<', right: { value: 15 } },
        { type: 'compare', left: { daysFromToday: '/umzug/datum' }, op: '>', right: { path: '/frist/tage' } },
        { type: 'or', conditions: [{ type: 'matches', path: '/x', schema: {} }, { type: 'oneOf', path: '/y', values: [] }] },
        { type: 'equals', path: '/auswahl/aenderungen', value: [] },
        { type: 'always' },
      ],
    };
    expect(readPaths(condition)).toEqual([
      '/auswahl/aenderungen',
      '/umzug/datum',
      './geburtsdatum',
      '/frist/tage',
      '/x',
      '/y',
    ]);
  });

  it('puts ./ paths of some and count below their array with a * token', () => {
    const condition: Condition = {
      type: 'or',
      conditions: [
        { type: 'some', path: '/haushalt/personen', where: { type: 'equals', path: './beziehung', value: 'kind' } },
        {
          type: 'compare',
          left: { count: './kinder', where: { type: 'equals', path: '.', value: 'x' } },
          op: '>',
          right: { value: 0 },
        },
        { type: 'some', path: '/a', where: { type: 'answered', path: '/b' } },
      ],
    };
    expect(readPaths(condition)).toEqual([
      '/haushalt/personen',
      '/haushalt/personen/*/beziehung',
      './kinder',
      './kinder/*',
      '/a',
      '/b',
    ]);
  });

  it('throws on an unknown condition type like evaluate does', () => {
    expect(() => readPaths({ type: 'and', conditions: [{ type: 'nope' } as unknown as Condition] })).toThrow(
      'unknown condition type "nope"; known: always, equals,',
    );
  });
});

describe('conditionTypes', () => {
  it('lists the whole vocabulary', () => {
    expect(conditionTypes).toEqual(['always', 'equals', 'oneOf', 'includes', 'answered', 'compare', 'matches', 'and', 'or', 'not', 'some']);
  });
});
