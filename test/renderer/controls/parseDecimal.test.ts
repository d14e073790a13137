import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../../renderer/controls/parseDecimal';

describe('parseDecimal', () => {
  it.each([
    ['1.234,50', 1234.5],
    ['1234,5', 1234.5],
    ['1.234', 1234],
    ['12.50', 12.5],
    ['0,5', 0.5],
    ['-3', -3],
    ['1 234,50 €', 1234.5],
    ['450 EUR', 450],
  ])('reads the German "%s" as %d', (text, value) => {
    expect(parseDecimal(text, 'de')).toBe(value);
  });

  it.each([
    ['1,234.50', 1234.5],
    ['1234.5', 1234.5],
  ])('reads the English "%s" as %d', (text, value) => {
    expect(parseDecimal(text, 'en')).toBe(value);
  });

  it('gives undefined for an empty field and the text itself for something that is no number', () => {
    expect(parseDecimal('   ', 'de')).toBeUndefined();
    expect(parseDecimal(' zwölf ', 'de')).toBe('zwölf');
    expect(parseDecimal('1.2.3', 'de')).toBe('1.2.3');
    expect(parseDecimal('1,234.50', 'de')).toBe('1,234.50');
  });
});
