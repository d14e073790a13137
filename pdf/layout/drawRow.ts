import type { PDFFont } from 'pdf-lib';
import { contentWidth, layout } from './layout';
import type { PageWriter } from './PageWriter';
import { wrapText } from './wrapText';

/** A question/answer pair; an empty value makes the label a heading (list item, group). */
export interface RowInput {
  label: string;
  value: string;
  depth: number;
}

const MAX_DEPTH = 3;

/**
 * Draws a row with the question on the left and the answer on the right, both wrapped. A row
 * that fits on one page is never split; a longer one (a 5,000-character text) flows line by
 * line over as many pages as it needs.
 *
 * @example
 * drawRow(writer, { label: 'Straße', value: 'Łódź 5', depth: 0 });
 */
export function drawRow(
  writer: PageWriter,
  row: RowInput,
  x: number = layout.marginX,
  width: number = contentWidth,
): void {
  const indent = Math.min(Math.max(row.depth, 0), MAX_DEPTH) * layout.indent;
  const { regular, bold } = writer.fonts;
  const size = layout.textSize;
  const lineHeight = layout.lineHeight;

  if (row.value === '') {
    const lines = wrapText(row.label, (t) => bold.widthOfTextAtSize(t, size), width - indent);
    // Keep a heading with the first line below it.
    writer.ensureSpace((lines.length + 1) * lineHeight + layout.rowGap);
    for (const line of lines) {
      writer.ensureSpace(lineHeight);
      writer.drawLine(line, x + indent, { font: bold, size, lineHeight });
      writer.advance(lineHeight);
    }
    writer.advance(layout.rowGap);
    return;
  }

  const { labelLines, valueLines, valueOffset } = wrapRow(regular, row, indent, width);
  const valueX = x + valueOffset;
  const count = Math.max(labelLines.length, valueLines.length);
  const height = count * lineHeight + layout.rowGap;
  if (height <= writer.pageCapacity) writer.ensureSpace(height);

  for (let index = 0; index < count; index += 1) {
    writer.ensureSpace(lineHeight);
    writer.drawLine(labelLines[index] ?? '', x + indent, { font: regular, size, lineHeight, color: layout.muted });
    writer.drawLine(valueLines[index] ?? '', valueX, { font: regular, size, lineHeight });
    writer.advance(lineHeight);
  }
  writer.advance(layout.rowGap / 2);
  writer.rule(x + indent, width - indent, layout.rule);
  writer.advance(layout.rowGap / 2);
}

/** Height {@link drawRow} needs for a row when it does not break (to size boxes). */
export function rowHeight(fonts: PageWriter['fonts'], row: RowInput, width: number = contentWidth): number {
  const indent = Math.min(Math.max(row.depth, 0), MAX_DEPTH) * layout.indent;
  if (row.value === '') {
    const size = layout.textSize;
    const lines = wrapText(row.label, (t) => fonts.bold.widthOfTextAtSize(t, size), width - indent);
    return lines.length * layout.lineHeight + layout.rowGap;
  }
  const { labelLines, valueLines } = wrapRow(fonts.regular, row, indent, width);
  return Math.max(labelLines.length, valueLines.length) * layout.lineHeight + layout.rowGap;
}

function wrapRow(
  font: PDFFont,
  row: RowInput,
  indent: number,
  width: number,
): { labelLines: string[]; valueLines: string[]; valueOffset: number } {
  const measure = (t: string): number => font.widthOfTextAtSize(t, layout.textSize);
  const labelColumn = width * layout.labelShare;
  const valueWidth = width - labelColumn - layout.columnGap;
  return {
    labelLines: wrapText(row.label, measure, labelColumn - indent),
    valueLines: wrapText(row.value, measure, valueWidth),
    valueOffset: labelColumn + layout.columnGap,
  };
}
