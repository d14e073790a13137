import { createHash } from 'node:crypto';
import { waitFor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { FormSession } from '../../../engine/session/createFormSession';
import { sessionPlan } from '../../../engine/session/sessionPlan';
import type { UploadFile } from '../../../engine/uploads/types';
import { bigPdfBytes, pdfBytes, pngBytes } from '../../fixtures/session/files';
import { startSession } from '../../fixtures/session/startSession';

const EVIDENCE = 'umzug:mietvertrag';

async function umzugSession(): Promise<FormSession> {
  const session = await startSession();
  session.send({ type: 'ANSWER', step: 'auswahl', value: { aenderungen: ['umzug'] } });
  return session;
}

async function upload(session: FormSession, file: UploadFile) {
  session.send({ type: 'UPLOAD', evidenceId: EVIDENCE, file });
  const snapshot = await waitFor(session, (s) => s.context.attachments.every((entry) => entry.status === 'ready' || entry.status === 'failed'));
  return snapshot.context.attachments[snapshot.context.attachments.length - 1];
}

describe('session uploads', () => {
  it('takes a valid PDF: ready, with the SHA-256 of its bytes, and the Nachweis counts as uploaded', async () => {
    const session = await umzugSession();
    const bytes = pdfBytes();
    const entry = await upload(session, { name: 'mietvertrag.pdf', type: 'application/pdf', bytes });
    expect(entry).toEqual({
      id: 'id-1',
      evidenceId: EVIDENCE,
      filename: 'mietvertrag.pdf',
      size: 233,
      status: 'ready',
      attachment: {
        id: 'id-1',
        filename: 'mietvertrag.pdf',
        mediaType: 'application/pdf',
        size: 233,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        evidenceId: EVIDENCE,
        bytes,
      },
    });
    expect(sessionPlan(session.getSnapshot()).evidence.map((item) => item.status)).toEqual(['uploaded']);
  });

  it.each([
    ['a PNG named .pdf', { name: 'mietvertrag.pdf', type: 'application/pdf', bytes: pngBytes() }, 'mismatch', { name: 'mietvertrag.pdf', declared: 'PDF', actual: 'PNG' }],
    ['a file over the size limit', { name: 'gross.pdf', type: 'application/pdf', bytes: bigPdfBytes(5000) }, 'too-big', { name: 'gross.pdf', size: 5000, limit: 4096, limitMb: 0 }],
    ['a truncated PDF', { name: 'halb.pdf', type: 'application/pdf', bytes: pdfBytes().subarray(0, 200) }, 'corrupt', { name: 'halb.pdf' }],
    ['an encrypted PDF', { name: 'geschuetzt.pdf', type: 'application/pdf', bytes: pdfBytes({ encrypted: true }) }, 'encrypted', { name: 'geschuetzt.pdf' }],
  ] as const)('reports %s as failed with its code while the session goes on', async (_, file, code, params) => {
    const session = await umzugSession();
    const entry = await upload(session, file);
    expect(entry).toEqual({ id: 'id-1', evidenceId: EVIDENCE, filename: file.name, size: file.bytes.length, status: 'failed', error: { code, params } });
    expect(session.getSnapshot().value).toBe('filling');
    expect(sessionPlan(session.getSnapshot()).evidence.map((item) => item.status)).toEqual(['missing']);

    session.send({ type: 'ANSWER', step: 'person', value: { name: 'Erika' } });
    session.send({ type: 'NEXT' });
    expect(session.getSnapshot().context.current).toBe('auswahl');
  });

  it('counts the files already held against the total limit, failed ones not', async () => {
    const session = await umzugSession();
    await upload(session, { name: 'gross.pdf', type: 'application/pdf', bytes: bigPdfBytes(5000) });
    const first = await upload(session, { name: 'erste.pdf', type: 'application/pdf', bytes: bigPdfBytes(4000) });
    expect(first?.status).toBe('ready');
    const second = await upload(session, { name: 'zweite.pdf', type: 'application/pdf', bytes: bigPdfBytes(3000) });
    expect(second?.error).toEqual({ code: 'total-too-big', params: { name: 'zweite.pdf', total: 7000, limit: 6144, limitMb: 0 } });
  });

  it('ignores an upload for a Nachweis the answers do not require', async () => {
    const session = await startSession();
    session.send({ type: 'UPLOAD', evidenceId: EVIDENCE, file: { name: 'a.pdf', type: 'application/pdf', bytes: pdfBytes() } });
    expect(session.getSnapshot().context.attachments).toEqual([]);
  });

  it('REMOVE_UPLOAD drops the file and the Nachweis is missing again', async () => {
    const session = await umzugSession();
    await upload(session, { name: 'mietvertrag.pdf', type: 'application/pdf', bytes: pdfBytes() });
    session.send({ type: 'REMOVE_UPLOAD', attachmentId: 'id-1' });
    expect(session.getSnapshot().context.attachments).toEqual([]);
    expect(sessionPlan(session.getSnapshot()).evidence.map((item) => item.status)).toEqual(['missing']);
  });

  it('REMOVE_UPLOAD while the file is being read stops its actor, and its late result is ignored', async () => {
    const session = await umzugSession();
    session.send({ type: 'UPLOAD', evidenceId: EVIDENCE, file: { name: 'mietvertrag.pdf', type: 'application/pdf', bytes: pdfBytes() } });
    expect(session.getSnapshot().context.attachments.map((entry) => entry.status)).toEqual(['reading']);
    session.send({ type: 'REMOVE_UPLOAD', attachmentId: 'id-1' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(session.getSnapshot().context.attachments).toEqual([]);
    expect(session.getSnapshot().children['id-1']).toBeUndefined();
  });

  it('an uploaded file wins over a "later" mark', async () => {
    const session = await umzugSession();
    session.send({ type: 'MARK_LATER', evidenceId: EVIDENCE });
    expect(sessionPlan(session.getSnapshot()).evidence.map((item) => item.status)).toEqual(['later']);
    await upload(session, { name: 'mietvertrag.pdf', type: 'application/pdf', bytes: pdfBytes() });
    expect(sessionPlan(session.getSnapshot()).evidence.map((item) => item.status)).toEqual(['uploaded']);
  });
});
