import { describe, expect, it } from 'vitest';
import { fitLine } from '../../../pdf/layout/fitLine';

const measure = (text: string): number => [...text].length;

describe('fitLine', () => {
  it('leaves a text that fits unchanged', () => {
    expect(fitLine('abc', measure, 3)).toBe('abc');
  });

  it('cuts the longest prefix that fits with an ellipsis', () => {
    expect(fitLine('abcdef', measure, 4)).toBe('abc…');
  });

  it('leaves only the ellipsis when nothing else fits', () => {
    expect(fitLine('abcdef', measure, 1)).toBe('…');
  });
});
