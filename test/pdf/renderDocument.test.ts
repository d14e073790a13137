import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../pdf/DocumentModel';
import { loadFontsNode } from '../../pdf/fonts/loadFontsNode';
import type { PdfFonts } from '../../pdf/fonts/PdfFonts';
import { renderDocument } from '../../pdf/renderDocument';
import { SAMPLE_HASH, sampleData, sampleModel } from '../fixtures/pdf/sampleModel';
import { tinyJpeg, tinyPng } from '../fixtures/pdf/tinyImages';
import { uploadPdf } from '../fixtures/pdf/uploadPdfs';
import { attachedFiles, detach, pdfInfo, pdfText, qpdfCheck, requirePdfTools, writeTempPdf } from './pdfTools';

let fonts: PdfFonts;
let model: DocumentModel;
let bytes: Uint8Array;
let path: string;

beforeAll(async () => {
  requirePdfTools();
  fonts = await loadFontsNode();
  model = sampleModel({
    attachments: [
      { filename: 'mietvertrag.pdf', mediaType: 'application/pdf', bytes: await uploadPdf([[420, 595], [595, 420]]), evidenceLabel: 'Mietvertrag' },
      { filename: 'foto.jpg', mediaType: 'image/jpeg', bytes: tinyJpeg(16, 8), evidenceLabel: 'Meldebescheinigung' },
      { filename: 'scan.png', mediaType: 'image/png', bytes: tinyPng(20, 30), evidenceLabel: 'Kontoauszug' },
    ],
  });
  bytes = await renderDocument(model, fonts);
  path = writeTempPdf(bytes);
});

describe('renderDocument', () => {
  it('has cover, one page of sections, one page per image and every page of the uploaded PDF', () => {
    expect(pdfInfo(path)['Pages']).toBe('6');
  });

  it('passes qpdf --check', () => {
    const check = qpdfCheck(path);
    expect(check.output).toContain('No syntax or stream encoding errors found');
    expect(check.status).toBe(0);
  });

  it('prints Latin Extended, Cyrillic, ß and euro amounts as extractable text', () => {
    const text = pdfText(path);
    for (const value of ['Łódź', 'Ольга', 'Straße des 17. Juni 5', '1.234,50 €', 'Veränderungsmitteilung SGB II, Stand 01/2025']) {
      expect(text).toContain(value);
    }
  });

  it('shows the cover facts in Berlin time, the routing block, the Anlagen plan and the Nachweis checklist', () => {
    const cover = pdfText(path, 1);
    expect(cover).toMatch(/Vorgangsnummer +f3b0c442-98fc-4c14-9afb-000000000001/);
    expect(cover).toMatch(/Eingegangen am +10\.03\.2026, 14:05 Uhr/);
    expect(cover).toMatch(/Antragsteller\/in +Ольга Kowalska-Łódź/);
    expect(cover).toMatch(/Identifizierung +substanziell \(erforderlich: basis\)/);
    expect(cover).toMatch(/Anliegensart +Veränderungsmitteilung/);
    expect(cover).toMatch(/Jobcenter +Jobcenter Berlin Mitte/);
    expect(cover).toMatch(/Eingangskanal +Online/);
    expect(cover).toMatch(/Anlage KDU – Kosten der Unterkunft +Sie sind umgezogen und zahlen eine neue Miete\./);
    expect(cover).toMatch(/Mietvertrag +Grund: Neue Miete belegen\n +Status: hochgeladen: mietvertrag\.pdf/);
    expect(cover).toMatch(/Meldebescheinigung +Grund: Neue Adresse belegen\n +Status: wird nachgereicht/);
    expect(cover).toMatch(/Kontoauszug +Grund: Zahlung der Kaution belegen\n +Status: fehlt/);
  });

  it('prints the full content hash on the cover and a shortened one in every footer', () => {
    expect(pdfText(path, 1)).toContain(SAMPLE_HASH);
    for (let page = 1; page <= 6; page += 1) {
      expect(pdfText(path, page)).toMatch(new RegExp(`vaem 1\\.0\\.0 +Seite ${page} von 6 +sha256:9f2c4e1b7a3d5f6e…`));
    }
  });

  it('prints each answered step as a titled section with indented group rows and line breaks kept', () => {
    const sections = pdfText(path, 2);
    expect(sections).toContain('Angaben zur Person');
    expect(sections).toContain('Umzug');
    const label = (name: string): number => sections.split('\n').find((line) => line.includes(name))?.indexOf(name) ?? -1;
    expect(label('Straße und Hausnummer')).toBeGreaterThan(label('Neue Adresse'));
    expect(sections).toMatch(/Bemerkung +Erste Zeile\n +Zweite Zeile +mit Tab/);
  });

  it('labels each appended upload with its Nachweis', () => {
    expect(pdfText(path, 3)).toContain('Nachweis: Mietvertrag – mietvertrag.pdf, Seite 1 von 2 der Datei');
    expect(pdfText(path, 3)).toContain('Upload Seite 1');
    expect(pdfText(path, 4)).toContain('Nachweis: Mietvertrag – mietvertrag.pdf, Seite 2 von 2 der Datei');
    expect(pdfText(path, 4)).toContain('Upload Seite 2');
    expect(pdfText(path, 5)).toContain('Nachweis: Meldebescheinigung – foto.jpg');
    expect(pdfText(path, 6)).toContain('Nachweis: Kontoauszug – scan.png');
  });

  it('embeds the data as antrag-daten.json that reads back equal to the answers', () => {
    expect(attachedFiles(path)).toEqual(['antrag-daten.json']);
    expect(JSON.parse(detach(path, 1).toString('utf8'))).toEqual(sampleData);
  });

  it('takes dates from submittedAt and names formflow as creator and producer', () => {
    const info = pdfInfo(path);
    expect(info['Producer']).toBe('formflow');
    expect(info['Creator']).toBe('formflow');
    expect(info['CreationDate']).toBe('2026-03-10T13:05:00Z');
    expect(info['ModDate']).toBe('2026-03-10T13:05:00Z');
    expect(info['Title']).toBe('Veränderungsmitteilung – f3b0c442-98fc-4c14-9afb-000000000001');
  });

  it('embeds DejaVu Sans as subsets under fixed names', () => {
    const fontsList = execFileSync('pdffonts', [path], { encoding: 'utf8' });
    expect(fontsList).toMatch(/FFLOWA\+DejaVuSans +CID TrueType +Identity-H +yes yes yes/);
    expect(fontsList).toMatch(/FFLOWB\+DejaVuSans-Bold +CID TrueType +Identity-H +yes yes yes/);
  });

  it('gives identical bytes for the same input', async () => {
    const again = await renderDocument(model, fonts);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('stays under 60 KB for a typical submission with three small uploads', () => {
    expect(bytes.length).toBeLessThan(60_000);
  });
});
