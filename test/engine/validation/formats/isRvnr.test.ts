import { describe, expect, it } from 'vitest';
import { isRvnr } from '../../../../engine/validation/formats/isRvnr';

describe('isRvnr', () => {
  it('accepts a Versicherungsnummer with a correct check digit, with or without spaces', () => {
    expect(isRvnr('65170839J003')).toBe(true);
    expect(isRvnr('65 170839 J 003')).toBe(true);
    expect(isRvnr('65170839j003')).toBe(true);
  });

  it('rejects a wrong check digit', () => {
    expect(isRvnr('65170839J004')).toBe(false);
    expect(isRvnr('65170839K003')).toBe(false);
  });

  it('rejects a birth date part with an impossible month or day', () => {
    expect(isRvnr('65171339J003')).toBe(false);
    expect(isRvnr('65320839J003')).toBe(false);
  });

  it('rejects other shapes', () => {
    expect(isRvnr('6517083J9003')).toBe(false);
    expect(isRvnr('65170839J03')).toBe(false);
    expect(isRvnr('')).toBe(false);
  });
});
