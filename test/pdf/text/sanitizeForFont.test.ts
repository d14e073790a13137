import { describe, expect, it } from 'vitest';
import { sanitizeForFont, SUBSTITUTE } from '../../../pdf/text/sanitizeForFont';

// A font that knows ASCII letters, space, ß and the substitute.
const font = { hasGlyphForCodePoint: (cp: number) => /[A-Za-z ß]/.test(String.fromCodePoint(cp)) || cp === 0xfffd };

describe('sanitizeForFont', () => {
  it('keeps characters the font has', () => {
    expect(sanitizeForFont('Straße', font)).toEqual({ text: 'Straße', replaced: 0 });
  });

  it('replaces characters the font lacks, one substitute per code point', () => {
    expect(sanitizeForFont('A漢字😀B', font)).toEqual({ text: `A${SUBSTITUTE}${SUBSTITUTE}${SUBSTITUTE}B`, replaced: 3 });
  });

  it('replaces control characters and lone surrogates even when a font claims them', () => {
    const everything = { hasGlyphForCodePoint: () => true };
    expect(sanitizeForFont('a\u0000b\u007fc\ud800d\udfffe', everything)).toEqual({ text: 'a�b�c�d�e', replaced: 4 });
  });

  it('turns every kind of line end into \\n and tabs into four spaces', () => {
    expect(sanitizeForFont('a\r\nb\rc\u2028d\te', font)).toEqual({ text: 'a\nb\nc\nd    e', replaced: 0 });
  });
});
