/** Width of a text in points at the size being laid out. */
export type Measure = (text: string) => number;

const graphemes = new Intl.Segmenter('de', { granularity: 'grapheme' });

/**
 * Breaks text into lines no wider than `maxWidth`: at `\n`, then at spaces, and inside words
 * longer than a line (IBANs, links, a 5,000-character word) between graphemes, so no line ever
 * overflows and no character pair is split. Spaces at a break are dropped; leading spaces of a
 * paragraph are kept. An empty paragraph stays an empty line.
 *
 * @example
 * wrapText('ab cd', (t) => t.length, 2) // → ['ab', 'cd']
 */
export function wrapText(text: string, measure: Measure, maxWidth: number): string[] {
  return text.split('\n').flatMap((paragraph) => wrapParagraph(paragraph, measure, maxWidth));
}

function wrapParagraph(paragraph: string, measure: Measure, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  let space = '';
  for (const token of paragraph.match(/ +|[^ ]+/g) ?? []) {
    if (token.startsWith(' ')) {
      space = token;
      continue;
    }
    const candidate = line === '' && lines.length > 0 ? token : line + space + token;
    space = '';
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    if (measure(token) <= maxWidth) {
      line = token;
      continue;
    }
    const pieces = breakWord(token, measure, maxWidth);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  lines.push(line);
  return lines;
}

/** Splits one over-long word between graphemes; a piece holds at least one grapheme. */
function breakWord(word: string, measure: Measure, maxWidth: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const { segment } of graphemes.segment(word)) {
    if (piece !== '' && measure(piece + segment) > maxWidth) {
      pieces.push(piece);
      piece = segment;
    } else piece += segment;
  }
  pieces.push(piece);
  return pieces;
}
