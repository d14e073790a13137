import type { Measure } from './wrapText';

const graphemes = new Intl.Segmenter('de', { granularity: 'grapheme' });

/**
 * Shortens a one-line text with "…" until it fits `maxWidth` (for stamps and footers, which
 * have exactly one line).
 *
 * @example
 * fitLine('abcdef', (t) => t.length, 4) // → 'abc…'
 */
export function fitLine(text: string, measure: Measure, maxWidth: number): string {
  if (measure(text) <= maxWidth) return text;
  const parts = Array.from(graphemes.segment(text), (s) => s.segment);
  const shortened = (count: number): string => `${parts.slice(0, count).join('')}…`;
  // Binary search for the longest prefix that fits with the ellipsis.
  let low = 0;
  let high = parts.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(shortened(middle)) <= maxWidth) low = middle;
    else high = middle - 1;
  }
  return shortened(low);
}
