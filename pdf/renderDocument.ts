import fontkit from '@pdf-lib/fontkit';
import { AFRelationship, PDFDocument } from 'pdf-lib';
import { appendUploads } from './appendUploads';
import { drawCover } from './cover/drawCover';
import type { DocumentModel } from './DocumentModel';
import type { PdfFonts } from './fonts/PdfFonts';
import { drawFooters } from './footer/drawFooters';
import { labels } from './labels';
import { PageWriter } from './layout/PageWriter';
import { drawSections } from './sections/drawSections';
import { setDocumentInfo } from './setDocumentInfo';
import { glyphCoverage } from './text/glyphCoverage';
import { sanitizeModel } from './text/sanitizeModel';

/*
 * Fixed subset names: pdf-lib would otherwise name each subset from its own counter-seeded
 * generator, which is stable only while the embedding order never changes. A fixed six-letter
 * tag keeps the PDF convention (TAG+PostScriptName) and the bytes reproducible.
 */
const REGULAR_NAME = 'FFLOWA+DejaVuSans';
const BOLD_NAME = 'FFLOWB+DejaVuSans-Bold';
/*
 * Ligatures off: the "fi"/"fl" glyphs would make text search and copy-and-paste in the E-Akte
 * depend on the viewer's ToUnicode handling.
 */
const FEATURES = { liga: false };

/**
 * Renders a document model to the bytes of the German E-Akte copy: cover sheet, one section
 * per answered step, the uploads appended, the data embedded as `antrag-daten.json`, footers
 * on every page. Same model and fonts, same bytes. Throws only for a programming error (an
 * invalid `submittedAt`), never for anything a citizen typed or uploaded.
 *
 * @example
 * const bytes = await renderDocument(model, await loadFontsNode());
 */
export async function renderDocument(model: DocumentModel, fonts: PdfFonts): Promise<Uint8Array> {
  const date = new Date(model.submittedAt);
  if (Number.isNaN(date.getTime())) {
    throw new Error(`renderDocument: submittedAt "${model.submittedAt}" is not an ISO timestamp; set it from metadata.submittedAt`);
  }
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(fonts.regular, { subset: true, customName: REGULAR_NAME, features: FEATURES });
  const bold = await doc.embedFont(fonts.bold, { subset: true, customName: BOLD_NAME, features: FEATURES });
  const writerFonts = { regular, bold };

  const { model: safe, replaced } = sanitizeModel(model, glyphCoverage([regular, bold]));
  const writer = new PageWriter(doc, writerFonts);
  drawCover(writer, safe, replaced);
  drawSections(writer, safe.sections);
  await appendUploads(doc, writerFonts, safe.attachments);
  drawFooters(doc, regular, safe);

  await doc.attach(model.data, labels.dataFileName, {
    mimeType: 'application/json',
    description: labels.dataFileDescription,
    creationDate: date,
    modificationDate: date,
    afRelationship: AFRelationship.Data,
  });
  setDocumentInfo(doc, safe, date, replaced);
  return doc.save({ useObjectStreams: false, addDefaultPage: false });
}
