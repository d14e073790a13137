import { afterEach, describe, expect, it } from 'vitest';
import { setValidationToday, validationToday, withValidationToday } from '../../../engine/validation/validationToday';

describe('validationToday', () => {
  afterEach(() => setValidationToday(undefined));

  it('is the local calendar date when nothing is pinned', () => {
    const now = new Date();
    const expected = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect(validationToday()).toBe(expected);
  });

  it('is the pinned date once set, until unset', () => {
    setValidationToday('1999-12-31');
    expect(validationToday()).toBe('1999-12-31');
    setValidationToday(undefined);
    expect(validationToday()).not.toBe('1999-12-31');
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => setValidationToday('10.03.2026')).toThrow('setValidationToday: "10.03.2026" is not a date YYYY-MM-DD');
  });

  it('pins the date only while the work runs, also when it throws', () => {
    setValidationToday('2026-01-01');
    expect(withValidationToday('2026-03-10', () => validationToday())).toBe('2026-03-10');
    expect(() => withValidationToday('2026-03-10', () => { throw new Error('boom'); })).toThrow('boom');
    expect(validationToday()).toBe('2026-01-01');
  });
});
