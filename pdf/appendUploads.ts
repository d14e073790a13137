import type { PDFDocument } from 'pdf-lib';
import type { AttachmentModel } from './DocumentModel';
import { labels } from './labels';
import type { WriterFonts } from './layout/PageWriter';
import { appendImageUpload } from './uploads/appendImageUpload';
import { appendPdfUpload, EmptyPdfError, EncryptedPdfError } from './uploads/appendPdfUpload';
import { drawUploadFailure } from './uploads/drawUploadFailure';
import { sniffFileType } from './uploads/sniffFileType';

/**
 * Appends the uploads in order: PDF pages are copied in, JPEG and PNG images become one page
 * each. A file that cannot be included (encrypted, damaged, not what it claims to be) gets a
 * notice page instead; one bad upload never stops the copy.
 *
 * @example
 * await appendUploads(doc, fonts, model.attachments);
 */
export async function appendUploads(doc: PDFDocument, fonts: WriterFonts, attachments: AttachmentModel[]): Promise<void> {
  for (const attachment of attachments) {
    try {
      const kind = sniffFileType(attachment.bytes);
      switch (kind) {
        case 'pdf':
          await appendPdfUpload(doc, fonts, attachment);
          break;
        case 'png':
        case 'jpeg':
          await appendImageUpload(doc, fonts, attachment, kind);
          break;
        case 'unknown':
          drawUploadFailure(doc, fonts, attachment, labels.uploadFailedUnreadable);
          break;
        default:
          assertNever(kind);
      }
    } catch (error) {
      drawUploadFailure(doc, fonts, attachment, reasonFor(error));
    }
  }
}

function reasonFor(error: unknown): string {
  if (error instanceof EncryptedPdfError) return labels.uploadFailedEncrypted;
  if (error instanceof EmptyPdfError) return labels.uploadFailedEmpty;
  return labels.uploadFailedUnreadable;
}

function assertNever(value: never): never {
  throw new Error(`appendUploads: unknown file type ${String(value)}`);
}
