import type { PDFDocument, PDFFont } from 'pdf-lib';
import type { DocumentModel } from '../DocumentModel';
import { labels } from '../labels';
import { fitLine } from '../layout/fitLine';
import { layout } from '../layout/layout';
import { pageFrame } from '../layout/pageFrame';
import { shortenHash } from './shortenHash';

const GAP = 8;

/**
 * Writes the footer on every page, copied upload pages included: form id and version on the
 * left, "Seite x von y" in the middle, the shortened content hash on the right. Runs last,
 * when the page count is known.
 *
 * @example
 * drawFooters(doc, fonts.regular, model);
 */
export function drawFooters(doc: PDFDocument, font: PDFFont, model: Pick<DocumentModel, 'form' | 'contentHash'>): void {
  const pages = doc.getPages();
  const size = layout.footerSize;
  const measure = (text: string): number => font.widthOfTextAtSize(text, size);
  pages.forEach((page, index) => {
    const frame = pageFrame(page);
    const inset = Math.min(layout.marginX, frame.width * 0.08);
    const middle = fitLine(labels.footerPage(index + 1, pages.length), measure, (frame.width - 2 * inset) / 3);
    // The sides share what the centred page number leaves; on small pages they are cut with "…".
    const side = (frame.width - 2 * inset - measure(middle)) / 2 - GAP;
    const left = fitLine(labels.footerForm(model.form.id, model.form.version), measure, side);
    const right = fitLine(shortenHash(model.contentHash), measure, side);
    const y = Math.min(layout.footerBaseline, frame.height / 4);
    const style = { size, font, color: layout.muted, y };
    frame.drawText(left, { ...style, x: inset });
    frame.drawText(middle, { ...style, x: (frame.width - measure(middle)) / 2 });
    frame.drawText(right, { ...style, x: frame.width - inset - measure(right) });
  });
}
