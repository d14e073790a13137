import type { PDFFont } from 'pdf-lib';
import type { GlyphCoverage } from './sanitizeForFont';

/**
 * The characters every given font can draw. All text of the copy is checked against the
 * intersection, so a string may move between regular and bold without losing a glyph.
 *
 * @example
 * const coverage = glyphCoverage([regular, bold]);
 * coverage.hasGlyphForCodePoint(0x00df) // ß → true
 */
export function glyphCoverage(fonts: PDFFont[]): GlyphCoverage {
  const [first, ...rest] = fonts;
  const common = new Set(first?.getCharacterSet() ?? []);
  for (const font of rest) {
    const own = new Set(font.getCharacterSet());
    for (const codePoint of common) if (!own.has(codePoint)) common.delete(codePoint);
  }
  return { hasGlyphForCodePoint: (codePoint) => common.has(codePoint) };
}
