import { afterEach, describe, expect, it } from 'vitest';
import { isDatePast } from '../../../../engine/validation/formats/isDatePast';
import { setValidationToday } from '../../../../engine/validation/validationToday';

describe('isDatePast', () => {
  afterEach(() => setValidationToday(undefined));

  it('accepts today and earlier days of the pinned date', () => {
    setValidationToday('2026-03-10');
    expect(isDatePast('2026-03-10')).toBe(true);
    expect(isDatePast('2026-03-09')).toBe(true);
    expect(isDatePast('1950-01-01')).toBe(true);
  });

  it('rejects days after today', () => {
    setValidationToday('2026-03-10');
    expect(isDatePast('2026-03-11')).toBe(false);
    expect(isDatePast('2027-01-01')).toBe(false);
  });

  it('follows the pinned date when it changes', () => {
    setValidationToday('2026-03-10');
    expect(isDatePast('2026-06-01')).toBe(false);
    setValidationToday('2026-06-01');
    expect(isDatePast('2026-06-01')).toBe(true);
  });

  it('rejects what is no date at all', () => {
    setValidationToday('2026-03-10');
    expect(isDatePast('2026-02-30')).toBe(false);
    expect(isDatePast('gestern')).toBe(false);
  });
});
