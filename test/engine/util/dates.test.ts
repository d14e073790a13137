import { describe, expect, it } from 'vitest';
import { daysBetween, formatGermanDate, parseIsoDate, wholeYearsBetween } from '../../../engine/util/dates';

describe('parseIsoDate', () => {
  it('accepts real calendar days in YYYY-MM-DD', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('0004-02-29')).toEqual({ year: 4, month: 2, day: 29 });
  });

  it('rejects impossible days, other shapes and non-strings', () => {
    for (const bad of ['2025-02-29', '2026-13-01', '2026-04-31', '2026-00-10', '2026-3-10', '2026-03-10T00:00', '10.03.2026', '']) {
      expect(parseIsoDate(bad), bad).toBeUndefined();
    }
    expect(parseIsoDate(20260310)).toBeUndefined();
  });
});

describe('wholeYearsBetween', () => {
  it('counts a year once the anniversary is reached', () => {
    expect(wholeYearsBetween('2011-03-10', '2026-03-10')).toBe(15);
    expect(wholeYearsBetween('2011-03-11', '2026-03-10')).toBe(14);
    expect(wholeYearsBetween('2011-12-31', '2026-01-01')).toBe(14);
  });

  it('lets someone born on 29 February turn older on 1 March in non-leap years', () => {
    expect(wholeYearsBetween('2008-02-29', '2026-02-28')).toBe(17);
    expect(wholeYearsBetween('2008-02-29', '2026-03-01')).toBe(18);
    expect(wholeYearsBetween('2008-02-29', '2028-02-29')).toBe(20);
  });

  it('is undefined for an invalid date', () => {
    expect(wholeYearsBetween('2011-02-30', '2026-03-10')).toBeUndefined();
    expect(wholeYearsBetween(undefined, '2026-03-10')).toBeUndefined();
  });
});

describe('daysBetween', () => {
  it('counts whole days, negative into the past, across a daylight-saving change', () => {
    expect(daysBetween('2026-03-10', '2026-04-01')).toBe(22);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-10', 'morgen')).toBeUndefined();
  });
});

describe('formatGermanDate', () => {
  it('writes day.month.year with leading zeros', () => {
    expect(formatGermanDate('2026-03-10')).toBe('10.03.2026');
  });

  it('returns what the citizen typed when it is no date', () => {
    expect(formatGermanDate('2026-02-30')).toBe('2026-02-30');
  });
});
