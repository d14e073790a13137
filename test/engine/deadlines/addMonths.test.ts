import { describe, expect, it } from 'vitest';
import { addMonths } from '../../../engine/deadlines/addMonths';

describe('addMonths', () => {
  it.each([
    ['2025-03-14', 1, '2025-04-14'],
    ['2026-02-15', 3, '2026-05-15'],
    ['2025-12-15', 3, '2026-03-15'],
    ['2025-03-14', 12, '2026-03-14'],
  ])('keeps the day number: %s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2028-02-29', 12, '2029-02-28'],
  ])('ends on the last day of a month that lacks the day: %s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toEqual({ ok: true, value: expected });
  });

  it('counts back with negative months', () => {
    expect(addMonths('2026-01-31', -1)).toEqual({ ok: true, value: '2025-12-31' });
    expect(addMonths('2026-03-31', -1)).toEqual({ ok: true, value: '2026-02-28' });
  });

  it('answers an invalid date with a problem', () => {
    expect(addMonths('2026-02-30', 1)).toEqual({
      ok: false,
      problem: { code: 'invalid-date', field: 'date', message: 'date: expected a calendar day as YYYY-MM-DD, got "2026-02-30"' },
    });
  });

  it('throws for a month count that is not a whole number, a caller bug', () => {
    expect(() => addMonths('2026-01-31', 1.5)).toThrow(new RangeError('addMonths: months must be an integer, got 1.5'));
  });
});
