import type { PdfInput } from '../engine/submission/PdfInput';
import type { PdfFonts } from './fonts/PdfFonts';
import { buildDocumentModel } from './model/buildDocumentModel';
import { renderDocument } from './renderDocument';

/**
 * The E-Akte copy of a submission, in German, as PDF bytes: what `createFormSession` needs as
 * its `renderPdf` adapter once fonts are bound. Same input, same bytes.
 *
 * @example
 * const fonts = await loadFontsNode();
 * const session = createFormSession(definition, {
 *   today: '2026-03-10', locale: 'de',
 *   adapters: { renderPdf: (input) => renderEAkteCopy({ ...input, fonts }) },
 * });
 */
export async function renderEAkteCopy(input: PdfInput & { fonts: PdfFonts }): Promise<Uint8Array> {
  const { fonts, ...submission } = input;
  return renderDocument(buildDocumentModel(submission), fonts);
}
