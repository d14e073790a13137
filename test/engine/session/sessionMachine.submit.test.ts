import { createHash } from 'node:crypto';
import { waitFor } from 'xstate';
import { describe, expect, it, vi } from 'vitest';
import { memoryDrafts } from '../../../engine/drafts/memoryDrafts';
import type { IdentityAdapter, SessionAdapters } from '../../../engine/session/types';
import type { SubmissionPackage } from '../../../engine/submission/types';
import { pdfBytes } from '../../fixtures/session/files';
import { startSession } from '../../fixtures/session/startSession';

/** Fills the Umzug path (with a Mietvertrag upload) up to the summary. */
async function umzugToSummary(adapters: Partial<SessionAdapters> = {}) {
  const session = await startSession({ adapters });
  session.send({ type: 'ANSWER', step: 'person', value: { name: 'Erika Mustermann' } });
  session.send({ type: 'NEXT' });
  session.send({ type: 'ANSWER', step: 'auswahl', value: { aenderungen: ['umzug'] } });
  session.send({ type: 'NEXT' });
  session.send({ type: 'ANSWER', step: 'umzug', value: { plz: '10115' } });
  session.send({ type: 'NEXT' });
  session.send({ type: 'UPLOAD', evidenceId: 'umzug:mietvertrag', file: { name: 'mietvertrag.pdf', type: 'application/pdf', bytes: pdfBytes() } });
  await waitFor(session, (s) => s.context.attachments[0]?.status === 'ready');
  session.send({ type: 'NEXT' });
  expect(session.getSnapshot().context.current).toBe('zusammenfassung');
  return session;
}

/** Fills the bank path (identity "substanziell" required) up to the summary. */
async function bankToSummary(adapters: Partial<SessionAdapters> = {}) {
  const session = await startSession({ adapters });
  session.send({ type: 'ANSWER', step: 'person', value: { name: 'Erika Mustermann' } });
  session.send({ type: 'ANSWER', step: 'auswahl', value: { aenderungen: ['bank'] } });
  session.send({ type: 'ANSWER', step: 'bank', value: { iban: 'DE02120300000000202051' } });
  session.send({ type: 'GO_TO', step: 'zusammenfassung' });
  return session;
}

const sha256 = createHash('sha256').update(pdfBytes()).digest('hex');
const canonical =
  `{"attachments":[{"id":"id-1","sha256":"${sha256}"}],` +
  '"data":{"auswahl":{"aenderungen":["umzug"]},"person":{"name":"Erika Mustermann"},"umzug":{"plz":"10115"}}}';

describe('session submission', () => {
  it('SUBMIT from the summary hands the package to the submit adapter and records the reference', async () => {
    const received: SubmissionPackage[] = [];
    const submit = async (pkg: SubmissionPackage) => {
      received.push(pkg);
      return { reference: 'JC-2026-0042' };
    };
    const session = await umzugToSummary({ submit });
    session.send({ type: 'SUBMIT' });
    const snapshot = await waitFor(session, (s) => s.matches('submitted'));

    expect(received).toHaveLength(1);
    const pkg = received[0];
    expect(pkg?.metadata).toEqual({
      formId: 'umzugstest',
      formVersion: '1.2.0',
      edition: 'Testformular 01/2026',
      locale: 'de',
      submissionId: 'id-2',
      createdAt: '2026-03-10T09:30:00.000Z',
      submittedAt: '2026-03-10T09:30:00.000Z',
      routing: { anliegensart: 'Veränderungsmitteilung' },
      identity: { required: 'keine', reached: 'keine' },
      anlagen: [{ anlage: 'KDU', rule: 'umzug-kdu', key: 'bg', reason: 'anlagen.umzug-kdu' }],
      evidence: [{ id: 'umzug:mietvertrag', document: 'mietvertrag', rule: 'umzug', reason: 'evidence.umzug', status: 'uploaded' }],
      attachments: [{ id: 'id-1', filename: 'mietvertrag.pdf', mediaType: 'application/pdf', size: 233, sha256, evidenceId: 'umzug:mietvertrag' }],
      contentHash: `sha256:${createHash('sha256').update(canonical).digest('hex')}`,
    });
    expect(snapshot.context.submission).toEqual({ submissionId: 'id-2', package: pkg, reference: 'JC-2026-0042' });
  });

  it('gives the same contentHash in two sessions with the same answers', async () => {
    const hashes: string[] = [];
    for (const run of [1, 2]) {
      const session = await umzugToSummary();
      session.send({ type: 'SUBMIT' });
      const snapshot = await waitFor(session, (s) => s.matches('submitted'));
      hashes.push(snapshot.context.submission?.package?.metadata.contentHash ?? `run ${run} without package`);
    }
    expect(hashes[1]).toBe(hashes[0]);
    expect(hashes[0]).toBe(`sha256:${createHash('sha256').update(canonical).digest('hex')}`);
  });

  it('leaves the answers of an abandoned branch out of the submitted data', async () => {
    const identity: IdentityAdapter = { confirm: async () => ({ level: 'hoch' }) };
    const session = await umzugToSummary({ identity });
    session.send({ type: 'GO_TO', step: 'auswahl' });
    session.send({ type: 'ANSWER', step: 'auswahl', value: { aenderungen: ['bank'] } });
    session.send({ type: 'ANSWER', step: 'bank', value: { iban: 'DE02120300000000202051' } });
    session.send({ type: 'GO_TO', step: 'zusammenfassung' });
    session.send({ type: 'SUBMIT' });
    const snapshot = await waitFor(session, (s) => s.matches('submitted'));
    expect(snapshot.context.answers['umzug']).toEqual({ plz: '10115' });
    expect(snapshot.context.submission?.package?.data).toEqual({
      person: { name: 'Erika Mustermann' },
      auswahl: { aenderungen: ['bank'] },
      bank: { iban: 'DE02120300000000202051' },
    });
    expect(snapshot.context.submission?.package?.attachments).toEqual([]);
  });

  it('SUBMIT away from the summary is ignored', async () => {
    const session = await startSession();
    session.send({ type: 'SUBMIT' });
    expect(session.getSnapshot().value).toBe('filling');
    expect(session.getSnapshot().context.current).toBe('person');
    expect(session.getSnapshot().context.issues).toEqual([]);
  });

  it('SUBMIT with an invalid step on the path jumps to the first invalid step with its issues', async () => {
    const session = await umzugToSummary();
    session.send({ type: 'GO_TO', step: 'umzug' });
    session.send({ type: 'ANSWER', step: 'umzug', value: { plz: '1011' } });
    session.send({ type: 'GO_TO', step: 'zusammenfassung' });
    session.send({ type: 'SUBMIT' });
    const { context, value } = session.getSnapshot();
    expect(value).toBe('filling');
    expect(context.current).toBe('umzug');
    expect(context.issues).toEqual([{ code: 'pattern', path: '/umzug/plz', params: { pattern: '^[0-9]{5}$' } }]);
  });

  it('blocks submission when the plan needs a higher identity level and there is no identity adapter', async () => {
    const session = await bankToSummary();
    session.send({ type: 'SUBMIT' });
    const { context, value } = session.getSnapshot();
    expect(value).toBe('identityBlocked');
    expect(context.error).toEqual({ code: 'identity-required', required: 'substanziell', reached: 'keine' });

    session.send({ type: 'BACK' });
    expect(session.getSnapshot().value).toBe('filling');
    expect(session.getSnapshot().context.current).toBe('nachweise');
    expect(session.getSnapshot().context.error).toBeUndefined();
  });

  it('confirms identity through the adapter, records the level reached and submits', async () => {
    const confirm = vi.fn<IdentityAdapter['confirm']>(async () => ({ level: 'substanziell', name: 'Erika Mustermann' }));
    const session = await bankToSummary({ identity: { confirm } });
    session.send({ type: 'SUBMIT' });
    expect(session.getSnapshot().value).toBe('identifying');
    const snapshot = await waitFor(session, (s) => s.matches('submitted'));
    expect(confirm.mock.calls).toEqual([['substanziell']]);
    expect(snapshot.context.identity).toEqual({ level: 'substanziell', name: 'Erika Mustermann' });
    expect(snapshot.context.submission?.package?.metadata.identity).toEqual({ required: 'substanziell', reached: 'substanziell' });
  });

  it('blocks submission when the adapter confirms a lower level than needed', async () => {
    const session = await bankToSummary({ identity: { confirm: async () => ({ level: 'basis' }) } });
    session.send({ type: 'SUBMIT' });
    const snapshot = await waitFor(session, (s) => !s.matches('identifying'));
    expect(snapshot.value).toBe('identityBlocked');
    expect(snapshot.context.identity).toEqual({ level: 'basis' });
    expect(snapshot.context.error).toEqual({ code: 'identity-insufficient', required: 'substanziell', reached: 'basis' });
  });

  it('blocks submission with the reason when the identity adapter fails', async () => {
    const session = await bankToSummary({ identity: { confirm: () => Promise.reject(new Error('cancelled by user')) } });
    session.send({ type: 'SUBMIT' });
    await waitFor(session, (s) => s.matches('identityBlocked'));
    expect(session.getSnapshot().context.error).toEqual({ code: 'identity-failed', message: 'cancelled by user' });
  });

  it('CONFIRM_IDENTITY while filling raises the level without submitting', async () => {
    const session = await startSession({ adapters: { identity: { confirm: async (level) => ({ level }) } } });
    session.send({ type: 'CONFIRM_IDENTITY' });
    const snapshot = await waitFor(session, (s) => s.matches('filling'));
    expect(snapshot.context.identity).toEqual({ level: 'basis' });
    expect(snapshot.context.submission).toBeUndefined();
  });

  it('reports a failing transport as submitFailed and submits again with the same id on SUBMIT', async () => {
    let attempts = 0;
    const submit = async (pkg: SubmissionPackage) => {
      attempts += 1;
      if (attempts === 1) throw new Error('503 Service Unavailable');
      return { reference: pkg.metadata.submissionId };
    };
    const session = await umzugToSummary({ submit });
    session.send({ type: 'SUBMIT' });
    const failed = await waitFor(session, (s) => s.matches('submitFailed'));
    expect(failed.context.error).toEqual({ code: 'submit-failed', message: '503 Service Unavailable' });

    session.send({ type: 'SUBMIT' });
    const submitted = await waitFor(session, (s) => s.matches('submitted'));
    expect(submitted.context.error).toBeUndefined();
    expect(submitted.context.submission?.reference).toBe('id-2');
  });

  it('reports a failing PDF adapter as package-failed', async () => {
    const renderPdf = () => Promise.reject(new Error('font missing'));
    const session = await umzugToSummary({ renderPdf });
    session.send({ type: 'SUBMIT' });
    const failed = await waitFor(session, (s) => s.matches('submitFailed'));
    expect(failed.context.error).toEqual({ code: 'package-failed', message: 'font missing' });
  });

  it('removes the draft once submitted', async () => {
    const drafts = memoryDrafts();
    const session = await startSession({ adapters: { drafts } });
    session.send({ type: 'ANSWER', step: 'person', value: { name: 'Erika Mustermann' } });
    session.send({ type: 'ANSWER', step: 'auswahl', value: { aenderungen: ['umzug'] } });
    session.send({ type: 'ANSWER', step: 'umzug', value: { plz: '10115' } });
    session.send({ type: 'MARK_LATER', evidenceId: 'umzug:mietvertrag' });
    await waitFor(session, (s) => s.context.draft.save.status === 'saved');
    expect(drafts.keys()).toEqual(['formflow.draft.umzugstest']);

    session.send({ type: 'GO_TO', step: 'zusammenfassung' });
    session.send({ type: 'SUBMIT' });
    await waitFor(session, (s) => s.matches('submitted') && s.context.draft.save.status === 'off');
    expect(drafts.keys()).toEqual([]);
  });
});
