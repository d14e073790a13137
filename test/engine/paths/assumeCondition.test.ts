import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../engine/conditions/types';
import { assumeCondition } from '../../../engine/paths/assumeCondition';

const moving: Condition = { type: 'includes', path: '/auswahl/aenderungen', value: 'umzug' };

describe('assumeCondition', () => {
  it('records a new condition with its value', () => {
    const assumed = assumeCondition(new Map(), moving, true);
    expect([...(assumed ?? [])]).toEqual([['{"path":"/auswahl/aenderungen","type":"includes","value":"umzug"}', true]]);
  });

  it('sees a negation as the same question with the opposite answer', () => {
    const assumed = assumeCondition(new Map(), moving, true);
    expect(assumeCondition(assumed ?? new Map(), { type: 'not', condition: moving }, true)).toBeUndefined();
    expect(assumeCondition(assumed ?? new Map(), { type: 'not', condition: moving }, false)).toBe(assumed);
  });

  it('matches conditions whatever the key order in the file', () => {
    const assumed = assumeCondition(new Map(), moving, false);
    const reordered = { value: 'umzug', path: '/auswahl/aenderungen', type: 'includes' } as Condition;
    expect(assumeCondition(assumed ?? new Map(), reordered, true)).toBeUndefined();
  });

  it('knows that always holds', () => {
    const none = new Map<string, boolean>();
    expect(assumeCondition(none, { type: 'always' }, true)).toBe(none);
    expect(assumeCondition(none, { type: 'always' }, false)).toBeUndefined();
    expect(assumeCondition(none, { type: 'not', condition: { type: 'always' } }, true)).toBeUndefined();
  });
});
