import { afterEach, describe, expect, it } from 'vitest';
import { isDateFuture } from '../../../../engine/validation/formats/isDateFuture';
import { setValidationToday } from '../../../../engine/validation/validationToday';

describe('isDateFuture', () => {
  afterEach(() => setValidationToday(undefined));

  it('accepts today and later days of the pinned date', () => {
    setValidationToday('2026-03-10');
    expect(isDateFuture('2026-03-10')).toBe(true);
    expect(isDateFuture('2026-03-11')).toBe(true);
    expect(isDateFuture('2030-12-31')).toBe(true);
  });

  it('rejects days before today', () => {
    setValidationToday('2026-03-10');
    expect(isDateFuture('2026-03-09')).toBe(false);
    expect(isDateFuture('2025-12-31')).toBe(false);
  });

  it('rejects what is no date at all', () => {
    setValidationToday('2026-03-10');
    expect(isDateFuture('2026-02-30')).toBe(false);
    expect(isDateFuture('morgen')).toBe(false);
  });
});
