import { describe, expect, it } from 'vitest';
import { isSteuerId } from '../../../../engine/validation/formats/isSteuerId';

describe('isSteuerId', () => {
  it('accepts identification numbers with a correct check digit, with or without spaces', () => {
    expect(isSteuerId('86095742719')).toBe(true);
    expect(isSteuerId('86 095 742 719')).toBe(true);
    expect(isSteuerId('47036892816')).toBe(true);
  });

  it('accepts a digit that occurs three times when not all in a row', () => {
    expect(isSteuerId('65929970489')).toBe(true);
  });

  it('rejects a wrong check digit', () => {
    expect(isSteuerId('86095742718')).toBe(false);
    expect(isSteuerId('47036892815')).toBe(false);
  });

  it('rejects a leading zero and a wrong number of digits', () => {
    expect(isSteuerId('06095742719')).toBe(false);
    expect(isSteuerId('8609574271')).toBe(false);
    expect(isSteuerId('860957427190')).toBe(false);
  });

  it('rejects first ten digits without exactly one repeated digit', () => {
    // the check digits are right by the arithmetic alone: only the repetition rule rejects them
    // all ten digits different
    expect(isSteuerId('12345678903')).toBe(false);
    // two digits repeated
    expect(isSteuerId('11223456785')).toBe(false);
  });

  it('rejects a digit three times in a row', () => {
    // 1112345678 has no valid check digit at all; every ending is rejected
    for (let digit = 0; digit <= 9; digit++) expect(isSteuerId(`1112345678${digit}`)).toBe(false);
  });
});
