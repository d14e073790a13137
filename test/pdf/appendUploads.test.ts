import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AttachmentModel } from '../../pdf/DocumentModel';
import { loadFontsNode } from '../../pdf/fonts/loadFontsNode';
import type { PdfFonts } from '../../pdf/fonts/PdfFonts';
import { renderDocument } from '../../pdf/renderDocument';
import { sampleModel } from '../fixtures/pdf/sampleModel';
import { tinyJpeg, tinyPng } from '../fixtures/pdf/tinyImages';
import { uploadPdf } from '../fixtures/pdf/uploadPdfs';
import { encryptWithQpdf, pageSizes, pdfInfo, pdfText, qpdfCheck, requirePdfTools, writeTempPdf } from './pdfTools';

let fonts: PdfFonts;

beforeAll(async () => {
  requirePdfTools();
  fonts = await loadFontsNode();
});

const A4_PORTRAIT = '595.28 x 841.89';
const A4_LANDSCAPE = '841.89 x 595.28';

function upload(filename: string, bytes: Uint8Array, mediaType: AttachmentModel['mediaType'] = 'application/pdf'): AttachmentModel {
  return { filename, mediaType, bytes, evidenceLabel: 'Mietvertrag' };
}

async function render(attachments: AttachmentModel[]): Promise<string> {
  return writeTempPdf(await renderDocument(sampleModel({ attachments }), fonts));
}

describe('appended uploads', () => {
  it('puts a notice page in place of a corrupt, an encrypted and a broken image upload', async () => {
    const broken = tinyPng(4, 4).slice(0, 40);
    const path = await render([
      upload('kaputt.pdf', new TextEncoder().encode('kein PDF, nur Text')),
      upload('geschuetzt.pdf', encryptWithQpdf(await uploadPdf())),
      upload('foto.png', broken, 'image/png'),
    ]);
    expect(pdfInfo(path)['Pages']).toBe('5');
    expect(pdfText(path, 3)).toContain('Die Datei „kaputt.pdf“ konnte nicht eingefügt werden.');
    expect(pdfText(path, 3)).toContain('Die Datei ist beschädigt oder hat ein nicht unterstütztes Format.');
    expect(pdfText(path, 4)).toContain('Die Datei „geschuetzt.pdf“ konnte nicht eingefügt werden.');
    expect(pdfText(path, 4)).toContain('Die PDF-Datei ist verschlüsselt.');
    expect(pdfText(path, 5)).toContain('Die Datei „foto.png“ konnte nicht eingefügt werden.');
    expect(pdfText(path, 5)).toContain('Nachweis: Mietvertrag – foto.png');
    expect(qpdfCheck(path).status).toBe(0);
  });

  it('puts a notice page in place of a PDF without pages', async () => {
    const empty = await (await PDFDocument.create()).save({ addDefaultPage: false });
    const path = await render([upload('leer.pdf', empty)]);
    expect(pdfInfo(path)['Pages']).toBe('3');
    expect(pdfText(path, 3)).toContain('Die PDF-Datei enthält keine Seiten.');
  });

  it('turns wide images into landscape pages and tall ones into portrait pages', async () => {
    const path = await render([
      upload('quer.png', tinyPng(40, 20), 'image/png'),
      upload('hoch.jpg', tinyJpeg(8, 16), 'image/jpeg'),
    ]);
    expect(pageSizes(path)).toEqual([A4_PORTRAIT, A4_PORTRAIT, A4_LANDSCAPE, A4_PORTRAIT]);
  });

  it('shows a sideways phone photo upright by its EXIF orientation', async () => {
    const path = await render([
      upload('gedreht.jpg', tinyJpeg(16, 8, 6), 'image/jpeg'),
      upload('gerade.jpg', tinyJpeg(16, 8, 1), 'image/jpeg'),
    ]);
    expect(pageSizes(path)).toEqual([A4_PORTRAIT, A4_PORTRAIT, A4_PORTRAIT, A4_LANDSCAPE]);
  });

  it('trusts the bytes over the media type: a PNG sent as image/jpeg still becomes a page', async () => {
    const path = await render([upload('falsch.jpg', tinyPng(10, 20), 'image/jpeg')]);
    expect(pdfInfo(path)['Pages']).toBe('3');
    expect(pdfText(path, 3)).not.toContain('konnte nicht eingefügt werden');
  });

  it('stamps and footers a rotated upload page upright as the reader sees it', async () => {
    const path = await render([upload('gedreht.pdf', await uploadPdf([[595, 842]], 90))]);
    const page = pdfText(path, 3);
    expect(page).toContain('Nachweis: Mietvertrag – gedreht.pdf, Seite 1 von 1 der Datei');
    expect(page).toMatch(/vaem 1\.0\.0 +Seite 3 von 3 +sha256:9f2c4e1b7a3d5f6e…/);
  });

  it('cuts footer parts with an ellipsis on a very small upload page instead of overlapping them', async () => {
    const path = await render([upload('klein.pdf', await uploadPdf([[200, 150]]))]);
    const page = pdfText(path, 3);
    expect(page).toMatch(/vaem 1\.0\.0 +Seite 3 von 3 +sha256:9f2…\n/);
    expect(page).toContain('Nachweis: Mietvertrag – klein.pdf, Seite 1 von …\n');
  });
});
