import type { PDFDocument } from 'pdf-lib';
import type { AttachmentModel } from '../DocumentModel';
import { labels } from '../labels';
import { contentWidth, layout } from '../layout/layout';
import { PageWriter, type WriterFonts } from '../layout/PageWriter';

/**
 * Adds a page in place of an upload that could not be included, saying which file and why,
 * so the copy is still made and the gap is visible in the E-Akte.
 *
 * @example
 * drawUploadFailure(doc, fonts, attachment, labels.uploadFailedEncrypted);
 */
export function drawUploadFailure(doc: PDFDocument, fonts: WriterFonts, attachment: AttachmentModel, reason: string): void {
  const writer = new PageWriter(doc, fonts);
  const x = layout.marginX;
  writer.newPage();
  writer.paragraph(labels.uploadHeading(attachment.evidenceLabel, attachment.filename), { font: fonts.bold, size: 9, lineHeight: 12 }, x, contentWidth);
  writer.advance(layout.lineHeight);
  writer.paragraph(labels.uploadFailedTitle(attachment.filename), { font: fonts.bold, size: layout.headingSize, lineHeight: layout.headingLineHeight }, x, contentWidth);
  writer.advance(layout.lineHeight / 2);
  writer.paragraph(reason, writer.body, x, contentWidth);
  writer.paragraph(labels.uploadFailedNote, writer.body, x, contentWidth);
}
