import { describe, expect, it } from 'vitest';
import { isDate } from '../../../../engine/validation/formats/isDate';

describe('isDate', () => {
  it('accepts real calendar dates written YYYY-MM-DD', () => {
    expect(isDate('2026-03-10')).toBe(true);
    expect(isDate('2024-02-29')).toBe(true);
    expect(isDate('2000-02-29')).toBe(true);
  });

  it('rejects days that do not exist', () => {
    expect(isDate('2025-02-29')).toBe(false);
    expect(isDate('1900-02-29')).toBe(false);
    expect(isDate('2026-04-31')).toBe(false);
    expect(isDate('2026-13-01')).toBe(false);
    expect(isDate('2026-00-10')).toBe(false);
  });

  it('rejects other spellings and timestamps', () => {
    expect(isDate('10.03.2026')).toBe(false);
    expect(isDate('2026-3-10')).toBe(false);
    expect(isDate('2026-03-10T00:00:00Z')).toBe(false);
    expect(isDate('')).toBe(false);
  });
});
