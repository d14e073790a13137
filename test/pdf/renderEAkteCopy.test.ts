import { beforeAll, describe, expect, it } from 'vitest';
import { buildSubmission } from '../../engine/submission/buildSubmission';
import type { Attachment, SubmissionPackage } from '../../engine/submission/types';
import { loadFontsNode } from '../../pdf/fonts/loadFontsNode';
import type { PdfFonts } from '../../pdf/fonts/PdfFonts';
import { renderEAkteCopy } from '../../pdf/renderEAkteCopy';
import { answers, definition } from '../fixtures/pdf/definition';
import { tinyPng } from '../fixtures/pdf/tinyImages';
import { uploadPdf } from '../fixtures/pdf/uploadPdfs';
import { attachedFiles, detach, pdfInfo, pdfText, qpdfCheck, requirePdfTools, writeTempPdf } from './pdfTools';

let fonts: PdfFonts;
let attachments: Attachment[];
let submission: SubmissionPackage;
let path: string;

function submit(): Promise<SubmissionPackage> {
  return buildSubmission({
    definition,
    answers: { ...answers, verworfen: { notiz: 'nicht auf dem Pfad' } },
    today: '2026-03-10',
    locale: 'de',
    attachments,
    evidenceMarks: { 'umzug:meldebescheinigung': 'later' },
    identityReached: 'hoch',
    // 00:30 in Berlin on the 11th
    now: new Date('2026-03-10T23:30:00Z'),
    submissionId: 'vorgang-0001',
    renderPdf: (input) => renderEAkteCopy({ ...input, fonts }),
  });
}

function file(id: string, evidenceId: string, filename: string, mediaType: Attachment['mediaType'], bytes: Uint8Array): Attachment {
  return { id, filename, mediaType, size: bytes.length, sha256: id.repeat(64).slice(0, 64), evidenceId, bytes };
}

beforeAll(async () => {
  requirePdfTools();
  fonts = await loadFontsNode();
  // Given out of checklist order on purpose: the copy appends in checklist order.
  attachments = [
    file('b', 'partner:einkommensnachweis:0', 'lohn.png', 'image/png', tinyPng(20, 30)),
    file('a', 'umzug:mietvertrag', 'mietvertrag.pdf', 'application/pdf', await uploadPdf([[595, 842], [595, 842]])),
  ];
  submission = await submit();
  path = writeTempPdf(submission.pdf);
});

describe('renderEAkteCopy', () => {
  it('makes cover, answers, the two PDF pages and the image page', () => {
    expect(pdfInfo(path)['Pages']).toBe('5');
    expect(qpdfCheck(path).status).toBe(0);
  });

  it('fills the cover from the definition, the plan and the metadata', () => {
    const cover = pdfText(path, 1);
    expect(cover).toContain('Veränderungsmitteilung (Test)');
    expect(cover).toMatch(/Formular +vaem-test, Version 1\.2\.0/);
    expect(cover).toMatch(/Vorgangsnummer +vorgang-0001/);
    expect(cover).toMatch(/Eingegangen am +11\.03\.2026, 00:30 Uhr/);
    expect(cover).toMatch(/Identifizierung +erreicht: Hoch \(Online-Ausweis\); erforderlich: Basis/);
    expect(cover).toMatch(/Antragsteller\/in +Ольга Kowalska-Łódź/);
    expect(cover).toContain(submission.metadata.contentHash);
    expect(cover).toMatch(/Anliegensart +Veränderungsmitteilung/);
    expect(cover).toMatch(/Eingangskanal +Online/);
    expect(cover).not.toContain('Jobcenter ');
    expect(cover).toMatch(/Anlage KDU – Kosten der Unterkunft +Sie sind umgezogen: die neuen Kosten der Unterkunft\.\n +und Heizung\n/);
    expect(cover).toMatch(/Anlage WEP \(Jan Nowak\) +Eine Partnerin oder ein Partner ist eingezogen\./);
    expect(cover).toMatch(/Mietvertrag +Grund: Belegt die neue Miete\.\n +Status: hochgeladen: mietvertrag\.pdf/);
    expect(cover).toMatch(/Meldebescheinigung +Grund: Belegt die neue Miete\.\n +Status: wird nachgereicht/);
    expect(cover).toMatch(/Einkommensnachweis \(Jan Nowak\) +Grund: Belegt das Einkommen der eingezogenen Person\.\n +Status: hochgeladen: lohn\.png/);
  });

  it('prints the answered steps through summarize, in German, without abandoned answers', () => {
    const answersPage = pdfText(path, 2);
    for (const title of ['Angaben zur Person', 'Was hat sich geändert?', 'Umzug', 'Haushalt']) expect(answersPage).toContain(title);
    expect(answersPage).toMatch(/Geburtsdatum +12\.04\.1985/);
    expect(answersPage).toMatch(/Änderungen +Umzug, Personen im Haushalt/);
    expect(answersPage).toMatch(/Neue Adresse\n +Straße und Hausnummer +Straße des 17\. Juni 5/);
    expect(answersPage).toMatch(/Monatliche Miete +1\.234,50 €/);
    expect(answersPage).toMatch(/Bemerkung +Einzug am 1\. März\.\n +Schlüsselübergabe erfolgt\./);
    expect(answersPage).toMatch(/Person 2\n +Vorname +Zoë/);
    expect(answersPage).toMatch(/Beziehung +Partnerin oder Partner/);
    expect(answersPage).not.toContain('nicht auf dem Pfad');
  });

  it('appends uploads in checklist order, each labelled with its Nachweis', () => {
    expect(pdfText(path, 3)).toContain('Nachweis: Mietvertrag – mietvertrag.pdf, Seite 1 von 2 der Datei');
    expect(pdfText(path, 4)).toContain('Nachweis: Mietvertrag – mietvertrag.pdf, Seite 2 von 2 der Datei');
    expect(pdfText(path, 5)).toContain('Nachweis: Einkommensnachweis (Jan Nowak) – lohn.png');
    expect(pdfText(path, 5)).toMatch(/vaem-test 1\.2\.0 +Seite 5 von 5 +sha256:[0-9a-f]{16}…/);
  });

  it('embeds exactly the submitted data', () => {
    expect(attachedFiles(path)).toEqual(['antrag-daten.json']);
    expect(JSON.parse(detach(path, 1).toString('utf8'))).toEqual(submission.data);
    expect(submission.data).not.toHaveProperty('verworfen');
  });

  it('gives the same bytes for the same submission', async () => {
    const again = await submit();
    expect(Buffer.from(again.pdf).equals(Buffer.from(submission.pdf))).toBe(true);
  });
});
