import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../pdf/layout/wrapText';

// One unit per character makes widths easy to reason about.
const measure = (text: string): number => [...text].length;

describe('wrapText', () => {
  it('breaks at spaces so no line is wider than the limit', () => {
    expect(wrapText('eins zwei drei vier', measure, 9)).toEqual(['eins zwei', 'drei vier']);
  });

  it('starts a new line at each line break and keeps empty lines', () => {
    expect(wrapText('a\n\nb', measure, 10)).toEqual(['a', '', 'b']);
  });

  it('drops spaces at a break but keeps a paragraph indent', () => {
    expect(wrapText('  ab    cd', measure, 4)).toEqual(['  ab', 'cd']);
  });

  it('breaks a word longer than a line between characters', () => {
    expect(wrapText('DE89370400440532013000', measure, 8)).toEqual(['DE893704', '00440532', '013000']);
  });

  it('never splits a character made of several code points', () => {
    expect(wrapText('e\u0301e\u0301e\u0301', (t) => t.normalize('NFC').length, 2)).toEqual(['e\u0301e\u0301', 'e\u0301']);
  });

  it('does not break at a no-break space', () => {
    expect(wrapText('1.234,50\u00a0€ x', measure, 10)).toEqual(['1.234,50\u00a0€', 'x']);
  });

  it('gives one empty line for empty text', () => {
    expect(wrapText('', measure, 10)).toEqual(['']);
  });
});
