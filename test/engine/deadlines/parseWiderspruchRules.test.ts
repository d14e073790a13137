import { describe, expect, it } from 'vitest';
import { DefinitionError } from '../../../engine/definition/DefinitionError';
import { parseWiderspruchRules } from '../../../engine/deadlines/parseWiderspruchRules';
import { widerspruchRules } from '../../../engine/deadlines/widerspruchRules';
import json from '../../../engine/deadlines/widerspruchRules.json';

const FILE = 'test/rules.json';

/** The shipped JSON, deeply copied so a test can break it. */
function shipped(): Record<string, any> {
  return structuredClone(json) as Record<string, any>;
}

/** The problems as `pointer: message` lines, or [] when the data is accepted. */
function problemsOf(value: unknown): string[] {
  try {
    parseWiderspruchRules(value, FILE);
    return [];
  } catch (error) {
    if (!(error instanceof DefinitionError)) throw error;
    return error.problems.map((problem) => `${problem.pointer}: ${problem.message}`);
  }
}

describe('parseWiderspruchRules', () => {
  it('accepts the shipped widerspruchRules.json, which the engine loads by default', () => {
    expect(problemsOf(shipped())).toEqual([]);
    expect(widerspruchRules.deemedNotification.moveDeemedDayOffHolidays).toBe(false);
    expect(widerspruchRules.periods.map((rule) => [rule.id, rule.period])).toEqual([
      ['ohne-rechtsbehelfsbelehrung', '1 year'],
      ['ausland', '3 months'],
      ['regel', '1 month'],
    ]);
  });

  it('throws a DefinitionError naming the file, the pointer and the fix', () => {
    const rules = shipped();
    rules['periods'][2]['period'] = '2 months';
    expect(() => parseWiderspruchRules(rules, FILE)).toThrow(
      new DefinitionError(
        [{ file: FILE, pointer: '/periods/2/period', message: 'unknown period "2 months"; known: 1 month, 3 months, 1 year' }],
        'Widerspruch deadline rules',
      ).message,
    );
  });

  it('collects every problem instead of stopping at the first', () => {
    const rules = shipped();
    rules['deemedNotification']['moveDeemedDayOffHoliday'] = true;
    rules['deemedNotification']['rules'][0]['after'] = { count: 0, unit: 'weeks' };
    rules['deadlineEnd']['basis'] = [];
    expect(problemsOf(rules)).toEqual([
      '/deemedNotification/moveDeemedDayOffHoliday: unknown property "moveDeemedDayOffHoliday"; known: moveDeemedDayOffHolidays, movedBasis, rules, $comment',
      '/deemedNotification/rules/0/after/count: expected a whole number of at least 1, got 0',
      '/deemedNotification/rules/0/after/unit: expected "days" or "months", got "weeks"',
      '/deadlineEnd/basis: expected a non-empty array of legal references such as "§ 84 Abs. 1 SGG"',
    ]);
  });

  it('rejects overlapping date ranges of one delivery, which would make the deemed day ambiguous', () => {
    const rules = shipped();
    rules['deemedNotification']['rules'][1]['until'] = '2025-01-01';
    expect(problemsOf(rules)).toEqual([
      '/deemedNotification/rules/1: overlaps rule 0 for delivery "brief"; give them disjoint "from"/"until" ranges',
    ]);
  });

  it('rejects a range whose end lies before its start', () => {
    const rules = shipped();
    rules['deemedNotification']['rules'][0]['until'] = '2024-06-30';
    expect(problemsOf(rules)).toEqual(['/deemedNotification/rules/0/until: "until" 2024-06-30 lies before "from" 2025-01-01; swap them']);
  });

  it('requires a rule for every delivery', () => {
    const rules = shipped();
    rules['deemedNotification']['rules'].splice(3, 1);
    expect(problemsOf(rules)).toEqual(['/deemedNotification/rules: no rule for delivery "ausland"; add one so that every delivery has a deemed day']);
  });

  it('requires the last period rule to apply always', () => {
    const rules = shipped();
    rules['periods'].pop();
    expect(problemsOf(rules)).toEqual([
      '/periods/1/when: the last period rule must apply always ("when": {}), so that every Bescheid gets a period',
    ]);
  });

  it('rejects duplicate ids, unknown deliveries and bad dates', () => {
    const rules = shipped();
    rules['periods'][1]['id'] = 'ohne-rechtsbehelfsbelehrung';
    rules['periods'][1]['when'] = { delivery: ['abroad'] };
    rules['deemedNotification']['rules'][0]['from'] = '2025-1-1';
    expect(problemsOf(rules)).toEqual([
      '/deemedNotification/rules/0/from: expected a date as YYYY-MM-DD, got "2025-1-1"',
      '/periods/1/id: duplicate id "ohne-rechtsbehelfsbelehrung"; ids must be unique',
      '/periods/1/when/delivery/0: unknown delivery "abroad"; known: brief, portal, ausland',
    ]);
  });

  it('rejects data that is not an object at all', () => {
    expect(problemsOf([])).toEqual([': expected an object with deemedNotification, periods, periodEnd, deadlineEnd']);
  });
});
