import { PDFDocument } from 'pdf-lib';
import type { AttachmentModel } from '../DocumentModel';
import { labels } from '../labels';
import { fitLine } from '../layout/fitLine';
import { layout } from '../layout/layout';
import type { WriterFonts } from '../layout/PageWriter';
import { pageFrame } from '../layout/pageFrame';

const STAMP_SIZE = 7;
const STAMP_INSET = 14;

/** Raised for a PDF that parses but has nothing to copy. */
export class EmptyPdfError extends Error {}

/**
 * Raised for an encrypted PDF. pdf-lib's own EncryptedPDFError cannot be told apart with
 * `instanceof` (it is compiled to ES5), so the document is loaded with `ignoreEncryption` and
 * its `isEncrypted` flag is checked here.
 */
export class EncryptedPdfError extends Error {}

/**
 * Copies every page of an uploaded PDF (text, links and annotations kept) and stamps each one
 * at its visible top with its Nachweis, file name and page number. Encrypted or unparseable
 * PDFs throw before any page is added, so a failure never leaves half a file in the copy.
 *
 * @example
 * await appendPdfUpload(doc, fonts, attachment);
 */
export async function appendPdfUpload(doc: PDFDocument, fonts: WriterFonts, attachment: AttachmentModel): Promise<void> {
  const source = await PDFDocument.load(attachment.bytes, { updateMetadata: false, ignoreEncryption: true });
  if (source.isEncrypted) throw new EncryptedPdfError(`${attachment.filename} is encrypted`);
  const indices = source.getPageIndices();
  if (indices.length === 0) throw new EmptyPdfError(`${attachment.filename} has no pages`);
  const pages = await doc.copyPages(source, indices);
  pages.forEach((page, index) => {
    doc.addPage(page);
    const frame = pageFrame(page);
    const stamp = fitLine(
      `${labels.evidencePrefix}: ${labels.uploadStamp(attachment.evidenceLabel, attachment.filename, index + 1, pages.length)}`,
      (t) => fonts.regular.widthOfTextAtSize(t, STAMP_SIZE),
      frame.width - 2 * STAMP_INSET,
    );
    frame.drawText(stamp, {
      x: STAMP_INSET,
      y: frame.height - STAMP_INSET,
      size: STAMP_SIZE,
      font: fonts.regular,
      color: layout.muted,
    });
  });
}
