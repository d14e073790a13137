/** What a font can draw: fontkit fonts and `glyphCoverage(pdfFont)` both fit. */
export interface GlyphCoverage {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** The substitute drawn for a character the font lacks. DejaVu Sans has a glyph for it. */
export const SUBSTITUTE = '\uFFFD';

const TAB_AS_SPACES = '    ';

/**
 * Makes any text a citizen can type drawable with the font: line breaks become `\n`, tabs
 * become spaces, and every other character the font has no glyph for (CJK in DejaVu Sans,
 * control characters, lone surrogates) becomes {@link SUBSTITUTE}. Never throws, so nothing
 * typed into a form can stop the PDF from being made; `replaced` counts the substitutions so
 * the copy can say that the embedded JSON holds the original.
 *
 * @example
 * sanitizeForFont('Straße 漢\tA', font) // → { text: 'Straße �    A', replaced: 1 }
 */
export function sanitizeForFont(
  text: string,
  font: GlyphCoverage,
): { text: string; replaced: number } {
  let out = '';
  let replaced = 0;
  // Normalise Windows and old-Mac line ends first so each break counts once.
  const normalised = text.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n');
  // for…of walks code points; a lone surrogate arrives as its own code unit.
  for (const char of normalised) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (char === '\n') out += '\n';
    else if (char === '\t') out += TAB_AS_SPACES;
    else if (isControl(codePoint) || isSurrogate(codePoint) || !font.hasGlyphForCodePoint(codePoint)) {
      out += SUBSTITUTE;
      replaced += 1;
    } else out += char;
  }
  return { text: out, replaced };
}

function isControl(codePoint: number): boolean {
  return codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f);
}

function isSurrogate(codePoint: number): boolean {
  return codePoint >= 0xd800 && codePoint <= 0xdfff;
}
