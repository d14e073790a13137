import { describe, expect, it } from 'vitest';
import { isIban } from '../../../../engine/validation/formats/isIban';

describe('isIban', () => {
  it('accepts a German IBAN with a correct checksum, with or without spaces', () => {
    expect(isIban('DE89370400440532013000')).toBe(true);
    expect(isIban('DE89 3704 0044 0532 0130 00')).toBe(true);
  });

  it('accepts lower-case letters as citizens type them', () => {
    expect(isIban('de89 3704 0044 0532 0130 00')).toBe(true);
  });

  it('accepts IBANs of other countries with their own length', () => {
    expect(isIban('AT61 1904 3002 3457 3201')).toBe(true);
    expect(isIban('NL91 ABNA 0417 1643 00')).toBe(true);
    expect(isIban('GB82 WEST 1234 5698 7654 32')).toBe(true);
  });

  it('rejects a wrong checksum', () => {
    expect(isIban('DE89 3704 0044 0532 0130 01')).toBe(false);
    expect(isIban('DE88 3704 0044 0532 0130 00')).toBe(false);
  });

  it('rejects a German IBAN that is not 22 characters long', () => {
    expect(isIban('DE89 3704 0044 0532 0130 0')).toBe(false);
    expect(isIban('DE89 3704 0044 0532 0130 000')).toBe(false);
  });

  it('rejects other characters and other separators', () => {
    expect(isIban('DE89-3704-0044-0532-0130-00')).toBe(false);
    expect(isIban('')).toBe(false);
    expect(isIban('3704004405320130')).toBe(false);
  });
});
