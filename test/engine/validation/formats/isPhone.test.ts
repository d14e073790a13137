import { describe, expect, it } from 'vitest';
import { isPhone } from '../../../../engine/validation/formats/isPhone';

describe('isPhone', () => {
  it('accepts German numbers in the usual spellings', () => {
    expect(isPhone('030 1234567')).toBe(true);
    expect(isPhone('030/1234567')).toBe(true);
    expect(isPhone('0151-12345678')).toBe(true);
    expect(isPhone('(030) 123 456 78')).toBe(true);
    expect(isPhone('0049 30 1234567')).toBe(true);
  });

  it('accepts international numbers with a leading +', () => {
    expect(isPhone('+49 30 1234567')).toBe(true);
    expect(isPhone('+49 (0)30 123456-78')).toBe(true);
    expect(isPhone('+90 212 123 45 67')).toBe(true);
  });

  it('rejects numbers without area code or country code', () => {
    expect(isPhone('1234567')).toBe(false);
    expect(isPhone('+0 30 1234567')).toBe(false);
  });

  it('rejects too few or too many digits and other characters', () => {
    expect(isPhone('030 12')).toBe(false);
    expect(isPhone('+49 30 1234 5678 9012 3')).toBe(false);
    expect(isPhone('030 1234567 ext 5')).toBe(false);
    expect(isPhone('030+1234567')).toBe(false);
    expect(isPhone('')).toBe(false);
  });
});
