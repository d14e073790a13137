import { contentWidth, layout } from './layout';
import type { PageWriter } from './PageWriter';
import { wrapText } from './wrapText';

/**
 * Draws a bold heading with a rule below it, kept on one page with the first two lines
 * that follow it.
 *
 * @example
 * drawHeading(writer, 'Umzug');
 */
export function drawHeading(writer: PageWriter, text: string): void {
  const style = { font: writer.fonts.bold, size: layout.headingSize, lineHeight: layout.headingLineHeight };
  const lines = wrapText(text, (t) => style.font.widthOfTextAtSize(t, style.size), contentWidth);
  writer.ensureSpace(lines.length * style.lineHeight + 6 + 2 * layout.lineHeight);
  for (const line of lines) {
    writer.drawLine(line, layout.marginX, style);
    writer.advance(style.lineHeight);
  }
  writer.advance(2);
  writer.rule(layout.marginX, contentWidth, layout.muted);
  writer.advance(4);
}
