import { describe, expect, it } from 'vitest';
import { isEmail } from '../../../../engine/validation/formats/isEmail';

describe('isEmail', () => {
  it('accepts ordinary and unusual but valid addresses', () => {
    expect(isEmail('erika.mustermann@example.de')).toBe(true);
    expect(isEmail('e+jobcenter@mail.example.co.uk')).toBe(true);
    expect(isEmail('müller@beispiel.de')).toBe(true);
  });

  it('rejects addresses without @, without a dotted domain or with spaces', () => {
    expect(isEmail('erika.mustermann.example.de')).toBe(false);
    expect(isEmail('erika@localhost')).toBe(false);
    expect(isEmail('erika @example.de')).toBe(false);
    expect(isEmail('erika@@example.de')).toBe(false);
    expect(isEmail('erika@example.')).toBe(false);
    expect(isEmail('@example.de')).toBe(false);
  });

  it('rejects addresses longer than 254 characters', () => {
    expect(isEmail(`${'a'.repeat(245)}@example.de`)).toBe(false);
    expect(isEmail(`${'a'.repeat(243)}@example.de`)).toBe(true);
  });
});
