import { degrees, type PDFDocument } from 'pdf-lib';
import type { AttachmentModel } from '../DocumentModel';
import { labels } from '../labels';
import { fitLine } from '../layout/fitLine';
import { layout } from '../layout/layout';
import type { WriterFonts } from '../layout/PageWriter';
import { jpegOrientation } from './jpegOrientation';

const HEADER_SIZE = 9;
const HEADER_HEIGHT = 24;

/**
 * Adds one A4 page (landscape for wide images) showing the image scaled to fit inside the
 * margins, upright per its EXIF orientation, under a line naming its Nachweis and file.
 * Throws when the image cannot be decoded; `appendUploads` turns that into a notice page.
 *
 * @example
 * await appendImageUpload(doc, fonts, attachment, 'png');
 */
export async function appendImageUpload(
  doc: PDFDocument,
  fonts: WriterFonts,
  attachment: AttachmentModel,
  kind: 'png' | 'jpeg',
): Promise<void> {
  const image = kind === 'png' ? await doc.embedPng(attachment.bytes) : await doc.embedJpg(attachment.bytes);
  const turns = kind === 'jpeg' ? jpegOrientation(attachment.bytes) : 0;
  const sideways = turns % 2 === 1;
  const shownWidth = sideways ? image.height : image.width;
  const shownHeight = sideways ? image.width : image.height;
  const landscape = shownWidth > shownHeight;
  const pageWidth = landscape ? layout.pageHeight : layout.pageWidth;
  const pageHeight = landscape ? layout.pageWidth : layout.pageHeight;
  const page = doc.addPage([pageWidth, pageHeight]);

  const boxWidth = pageWidth - 2 * layout.marginX;
  const header = fitLine(
    labels.uploadHeading(attachment.evidenceLabel, attachment.filename),
    (t) => fonts.bold.widthOfTextAtSize(t, HEADER_SIZE),
    boxWidth,
  );
  const top = pageHeight - layout.marginTop;
  page.drawText(header, { x: layout.marginX, y: top - HEADER_SIZE, size: HEADER_SIZE, font: fonts.bold, color: layout.text });

  const boxHeight = top - HEADER_HEIGHT - layout.marginBottom;
  const scale = Math.min(boxWidth / shownWidth, boxHeight / shownHeight);
  const width = image.width * scale;
  const height = image.height * scale;
  // The visible rectangle, centred in the box; pdf-lib rotates around the anchor corner.
  const left = layout.marginX + (boxWidth - shownWidth * scale) / 2;
  const bottom = layout.marginBottom + (boxHeight - shownHeight * scale) / 2;
  const anchors = [
    { x: left, y: bottom },
    { x: left, y: bottom + width },
    { x: left + width, y: bottom + height },
    { x: left + height, y: bottom },
  ] as const;
  const anchor = anchors[turns];
  page.drawImage(image, { ...anchor, width, height, rotate: degrees(-90 * turns) });
}
