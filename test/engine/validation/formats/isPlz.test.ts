import { describe, expect, it } from 'vitest';
import { isPlz } from '../../../../engine/validation/formats/isPlz';

describe('isPlz', () => {
  it('accepts five digits, also with a leading zero', () => {
    expect(isPlz('10115')).toBe(true);
    expect(isPlz('01067')).toBe(true);
  });

  it('rejects four or six digits, letters and spaces', () => {
    expect(isPlz('1011')).toBe(false);
    expect(isPlz('101155')).toBe(false);
    expect(isPlz('1O115')).toBe(false);
    expect(isPlz('10 115')).toBe(false);
    expect(isPlz(' 10115')).toBe(false);
  });
});
