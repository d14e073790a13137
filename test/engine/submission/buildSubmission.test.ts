import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildSubmission, type BuildSubmissionInput } from '../../../engine/submission/buildSubmission';
import type { Attachment } from '../../../engine/submission/types';
import { definition, umzugAnswers } from '../../fixtures/session/definition';
import { pdfBytes } from '../../fixtures/session/files';
import { fakeRenderPdf } from '../../fixtures/session/startSession';

const bytes = pdfBytes();
const sha256 = createHash('sha256').update(bytes).digest('hex');
const mietvertrag: Attachment = {
  id: 'file-1',
  filename: 'mietvertrag.pdf',
  mediaType: 'application/pdf',
  size: bytes.length,
  sha256,
  evidenceId: 'umzug:mietvertrag',
  bytes,
};

function input(overrides: Partial<BuildSubmissionInput> = {}): BuildSubmissionInput {
  return {
    definition,
    answers: umzugAnswers,
    today: '2026-03-10',
    locale: 'en',
    attachments: [mietvertrag],
    evidenceMarks: {},
    identityReached: 'basis',
    now: new Date('2026-03-10T10:00:00Z'),
    startedAt: new Date('2026-03-10T09:00:00Z'),
    submissionId: 'sub-1',
    renderPdf: fakeRenderPdf().renderPdf,
    ...overrides,
  };
}

const canonical =
  `{"attachments":[{"id":"file-1","sha256":"${sha256}"}],` +
  '"data":{"auswahl":{"aenderungen":["umzug"]},"person":{"name":"Erika Mustermann"},"umzug":{"plz":"10115"}}}';
const contentHash = `sha256:${createHash('sha256').update(canonical).digest('hex')}`;

describe('buildSubmission', () => {
  it('builds metadata, pruned data, files and the PDF', async () => {
    const pkg = await buildSubmission(input());
    expect(pkg.metadata).toEqual({
      formId: 'umzugstest',
      formVersion: '1.2.0',
      edition: 'Testformular 01/2026',
      locale: 'en',
      submissionId: 'sub-1',
      createdAt: '2026-03-10T09:00:00.000Z',
      submittedAt: '2026-03-10T10:00:00.000Z',
      routing: { anliegensart: 'Veränderungsmitteilung' },
      identity: { required: 'keine', reached: 'basis' },
      anlagen: [{ anlage: 'KDU', rule: 'umzug-kdu', key: 'bg', reason: 'anlagen.umzug-kdu' }],
      evidence: [{ id: 'umzug:mietvertrag', document: 'mietvertrag', rule: 'umzug', reason: 'evidence.umzug', status: 'uploaded' }],
      attachments: [
        { id: 'file-1', filename: 'mietvertrag.pdf', mediaType: 'application/pdf', size: 233, sha256, evidenceId: 'umzug:mietvertrag' },
      ],
      contentHash,
    });
    expect(pkg.data).toEqual(umzugAnswers);
    expect(pkg.attachments).toEqual([mietvertrag]);
    expect(new TextDecoder().decode(pkg.pdf)).toBe(`PDF ${contentHash}`);
  });

  it('hands the PDF adapter the plan, metadata, data and files it submits', async () => {
    const pdf = fakeRenderPdf();
    const pkg = await buildSubmission(input({ renderPdf: pdf.renderPdf }));
    expect(pdf.calls).toHaveLength(1);
    const [call] = pdf.calls;
    expect(call?.definition).toBe(definition);
    expect(call?.metadata).toEqual(pkg.metadata);
    expect(call?.data).toEqual(pkg.data);
    expect(call?.attachments).toEqual([mietvertrag]);
    expect(call?.plan.steps.map((step) => step.id)).toEqual(['person', 'auswahl', 'umzug', 'nachweise', 'zusammenfassung']);
  });

  it('gives identical metadata and hash for the same input', async () => {
    const [first, second] = await Promise.all([buildSubmission(input()), buildSubmission(input())]);
    expect(second.metadata).toEqual(first.metadata);
    expect(second.metadata.contentHash).toBe(contentHash);
  });

  it('leaves out answers and files of an abandoned branch', async () => {
    const pkg = await buildSubmission(
      input({
        answers: { ...umzugAnswers, auswahl: { aenderungen: ['bank'] }, bank: { iban: 'DE02120300000000202051' } },
      }),
    );
    expect(pkg.data).toEqual({ person: { name: 'Erika Mustermann' }, auswahl: { aenderungen: ['bank'] }, bank: { iban: 'DE02120300000000202051' } });
    expect(pkg.attachments).toEqual([]);
    expect(pkg.metadata.attachments).toEqual([]);
    expect(pkg.metadata.evidence).toEqual([]);
    expect(pkg.metadata.identity).toEqual({ required: 'substanziell', reached: 'basis' });
  });

  it('records Nachweise marked for later and those neither uploaded nor marked', async () => {
    const later = await buildSubmission(input({ attachments: [], evidenceMarks: { 'umzug:mietvertrag': 'later' } }));
    expect(later.metadata.evidence.map((item) => item.status)).toEqual(['later']);
    const missing = await buildSubmission(input({ attachments: [] }));
    expect(missing.metadata.evidence.map((item) => item.status)).toEqual(['missing']);
  });

  it('takes createdAt from now when no start time is given', async () => {
    const { startedAt: _unused, ...rest } = input();
    const pkg = await buildSubmission(rest);
    expect(pkg.metadata.createdAt).toBe('2026-03-10T10:00:00.000Z');
  });
});
