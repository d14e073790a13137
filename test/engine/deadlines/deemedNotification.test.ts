import { describe, expect, it } from 'vitest';
import { deemedNotification } from '../../../engine/deadlines/deemedNotification';
import { parseWiderspruchRules } from '../../../engine/deadlines/parseWiderspruchRules';
import { widerspruchFrist } from '../../../engine/deadlines/widerspruchFrist';
import json from '../../../engine/deadlines/widerspruchRules.json';
import type { WiderspruchRules } from '../../../engine/deadlines/types';

/** The shipped rule data with one change, checked like the shipped file. */
function rulesWith(change: (rules: WiderspruchRules) => void): WiderspruchRules {
  const copy = structuredClone(json) as WiderspruchRules;
  change(copy);
  return parseWiderspruchRules(copy, 'test/rules.json');
}

function dateOf(result: ReturnType<typeof deemedNotification>): string {
  if (!result.ok) throw new Error(`unexpected problem ${result.problem.code}: ${result.problem.message}`);
  return result.value.date;
}

describe('deemedNotification', () => {
  it('deems a letter posted from 2025 notified on the 4th day, by the rule brief-ab-2025', () => {
    const result = deemedNotification({ delivery: 'brief', postedOn: '2025-03-10' });
    expect(result.ok && result.value.date).toBe('2025-03-14');
    expect(result.ok && result.value.rule).toMatchObject({ id: 'brief-ab-2025', basis: ['§ 37 Abs. 2 SGB X'] });
  });

  it('switches from the 3rd to the 4th day between letters posted on 2024-12-31 and 2025-01-01', () => {
    expect(dateOf(deemedNotification({ delivery: 'brief', postedOn: '2024-12-31' }))).toBe('2025-01-03');
    expect(dateOf(deemedNotification({ delivery: 'brief', postedOn: '2025-01-01' }))).toBe('2025-01-05');
  });

  it('deems a portal Bescheid notified on the 4th day after the e-mail', () => {
    const result = deemedNotification({ delivery: 'portal', notifiedOn: '2026-02-10' });
    expect(result.ok && [result.value.date, result.value.rule.id]).toEqual(['2026-02-14', 'portal']);
  });

  it('deems a letter abroad notified one month after posting, at the end of a shorter month', () => {
    expect(dateOf(deemedNotification({ delivery: 'ausland', postedOn: '2026-01-15' }))).toBe('2026-02-15');
    expect(dateOf(deemedNotification({ delivery: 'ausland', postedOn: '2026-01-31' }))).toBe('2026-02-28');
  });

  it('leaves a deemed day on a Saturday where it falls by default, without rawDate or movedBecause', () => {
    expect(deemedNotification({ delivery: 'portal', notifiedOn: '2026-02-10' })).toEqual({
      ok: true,
      value: { date: '2026-02-14', rule: expect.objectContaining({ id: 'portal' }) },
    });
  });

  it('moves the deemed day off the weekend when the rules say so, and reports § 26 Abs. 3 SGB X in the deadline', () => {
    const rules = rulesWith((copy) => {
      copy.deemedNotification.moveDeemedDayOffHolidays = true;
    });
    const moved = deemedNotification({ delivery: 'portal', notifiedOn: '2026-02-10', land: 'BE', rules });
    expect(moved.ok && moved.value).toMatchObject({
      date: '2026-02-16',
      rawDate: '2026-02-14',
      movedBecause: [
        { date: '2026-02-14', reason: 'saturday' },
        { date: '2026-02-15', reason: 'sunday' },
      ],
    });
    const frist = widerspruchFrist({ delivery: 'portal', notifiedOn: '2026-02-10', rechtsbehelfsbelehrung: true, land: 'BE', rules });
    expect(frist.ok && frist.value).toMatchObject({
      deemedNotification: '2026-02-16',
      deadline: '2026-03-16',
      rawDeadline: '2026-03-16',
      basis: ['§ 37 Abs. 2a SGB X', '§ 26 Abs. 3 SGB X', '§ 84 Abs. 1 S. 1 SGG', '§ 64 Abs. 2 SGG'],
    });
  });

  it('needs a Land when the rules move the deemed day', () => {
    const rules = rulesWith((copy) => {
      copy.deemedNotification.moveDeemedDayOffHolidays = true;
    });
    const result = deemedNotification({ delivery: 'portal', notifiedOn: '2026-02-10', rules });
    expect(!result.ok && [result.problem.code, result.problem.field]).toEqual(['missing-land', 'land']);
  });

  it('applies changed rule data: a 5th-day rule for letters gives the 5th day', () => {
    const rules = rulesWith((copy) => {
      const rule = copy.deemedNotification.rules.find((candidate) => candidate.id === 'brief-ab-2025');
      if (rule) rule.after.count = 5;
    });
    expect(dateOf(deemedNotification({ delivery: 'brief', postedOn: '2025-03-10', rules }))).toBe('2025-03-15');
  });

  it('answers no-rule for a posting date the rule data does not cover', () => {
    const rules = rulesWith((copy) => {
      copy.deemedNotification.rules = copy.deemedNotification.rules.filter((rule) => rule.id !== 'brief-bis-2024');
    });
    const result = deemedNotification({ delivery: 'brief', postedOn: '2024-12-20', rules });
    expect(!result.ok && [result.problem.code, result.problem.field]).toEqual(['no-rule', 'postedOn']);
  });

  it('reports a wrong date at the field it came from', () => {
    const letter = deemedNotification({ delivery: 'brief', postedOn: '2025-02-30' });
    expect(!letter.ok && [letter.problem.code, letter.problem.field]).toEqual(['invalid-date', 'postedOn']);
    const portal = deemedNotification({ delivery: 'portal', notifiedOn: '' });
    expect(portal).toEqual({
      ok: false,
      problem: { code: 'invalid-date', field: 'notifiedOn', message: 'notifiedOn: expected a calendar day as YYYY-MM-DD, got ""' },
    });
  });

  it('reports an unknown delivery', () => {
    const result = deemedNotification({ delivery: 'einschreiben', postedOn: '2025-03-10' } as never);
    expect(result).toEqual({
      ok: false,
      problem: { code: 'unknown-delivery', field: 'delivery', message: 'delivery: expected brief, portal or ausland, got "einschreiben"' },
    });
  });
});
