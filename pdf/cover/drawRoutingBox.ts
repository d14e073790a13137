import type { RoutingBlock } from '../DocumentModel';
import { labels } from '../labels';
import { drawRow, rowHeight, type RowInput } from '../layout/drawRow';
import { contentWidth, layout } from '../layout/layout';
import type { PageWriter } from '../layout/PageWriter';

const PADDING = 8;

/**
 * Draws the boxed routing block (Anliegensart, Jobcenter, Eingangskanal) that the E-Akte's
 * filing rules and the caseworker read first. The box never breaks across pages.
 *
 * @example
 * drawRoutingBox(writer, { anliegensart: 'Veränderungsmitteilung', channel: 'Online' });
 */
export function drawRoutingBox(writer: PageWriter, routing: RoutingBlock): void {
  const rows: RowInput[] = [
    { label: labels.anliegensart, value: routing.anliegensart, depth: 0 },
    ...(routing.jobcenter === undefined ? [] : [{ label: labels.jobcenter, value: routing.jobcenter, depth: 0 }]),
    { label: labels.channel, value: routing.channel, depth: 0 },
    ...(routing.kanal === undefined ? [] : [{ label: labels.kanal, value: routing.kanal, depth: 0 }]),
  ];
  const innerWidth = contentWidth - 2 * PADDING;
  const titleHeight = layout.headingLineHeight + 4;
  const height =
    PADDING + titleHeight + rows.reduce((sum, row) => sum + rowHeight(writer.fonts, row, innerWidth), 0) + PADDING;
  writer.ensureSpace(height);
  // A block taller than a page (absurdly long texts) flows on without its border.
  const boxed = height <= writer.pageCapacity;

  const top = writer.y;
  writer.advance(PADDING);
  writer.drawLine(labels.routingTitle, layout.marginX + PADDING, {
    font: writer.fonts.bold,
    size: layout.headingSize,
    lineHeight: layout.headingLineHeight,
  });
  writer.advance(titleHeight);
  for (const row of rows) drawRow(writer, row, layout.marginX + PADDING, innerWidth);
  writer.advance(PADDING);
  if (boxed) {
    writer.page.drawRectangle({
      x: layout.marginX,
      y: writer.y,
      width: contentWidth,
      height: top - writer.y,
      borderColor: layout.text,
      borderWidth: 1,
    });
  }
  writer.advance(layout.lineHeight);
}
