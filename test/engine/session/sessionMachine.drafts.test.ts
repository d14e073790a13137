import { createHash } from 'node:crypto';
import { waitFor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../engine/drafts/draftFormat';
import { memoryDrafts } from '../../../engine/drafts/memoryDrafts';
import type { FormSession } from '../../../engine/session/createFormSession';
import { definitionV2 } from '../../fixtures/session/definition';
import { pdfBytes } from '../../fixtures/session/files';
import { NOW, startSession } from '../../fixtures/session/startSession';

const KEY = 'formflow.draft.umzugstest';
const KEPT = `${KEY}:kept:2026-03-10T09:30:00.000Z`;

const saved = (session: FormSession) => waitFor(session, (s) => s.context.draft.save.status === 'saved' || s.context.draft.save.status === 'failed');

const storedDraft: Draft = {
  format: 1,
  formId: 'umzugstest',
  formVersion: '1.2.0',
  savedAt: '2026-03-09T18:00:00.000Z',
  startedAt: '2026-03-09T17:45:00.000Z',
  answers: { person: { name: 'Erika' }, auswahl: { aenderungen: ['umzug'] } },
  current: 'umzug',
  evidenceMarks: {},
  attachments: [],
};

describe('session drafts', () => {
  it('autosaves after changes and a new session with the same storage restores the draft', async () => {
    const drafts = memoryDrafts();
    const first = await startSession({ adapters: { drafts } });
    expect(first.getSnapshot().context.draft).toEqual({ loaded: { status: 'none' }, save: { status: 'idle' }, autosave: true });

    first.send({ type: 'ANSWER', step: 'person', value: { name: 'Erika' } });
    first.send({ type: 'NEXT' });
    first.send({ type: 'ANSWER', step: 'auswahl', value: { aenderungen: ['umzug'] } });
    expect(first.getSnapshot().context.draft.save).toEqual({ status: 'pending' });
    expect((await saved(first)).context.draft.save).toEqual({ status: 'saved', savedAt: NOW.toISOString(), withoutFiles: [] });
    expect(await drafts.load(KEY)).toEqual({
      format: 1,
      formId: 'umzugstest',
      formVersion: '1.2.0',
      savedAt: '2026-03-10T09:30:00.000Z',
      startedAt: '2026-03-10T09:30:00.000Z',
      answers: { person: { name: 'Erika' }, auswahl: { aenderungen: ['umzug'] } },
      current: 'auswahl',
      evidenceMarks: {},
      attachments: [],
    });
    first.stop();

    const second = await startSession({ adapters: { drafts } });
    const { context } = second.getSnapshot();
    expect(context.answers).toEqual({ person: { name: 'Erika' }, auswahl: { aenderungen: ['umzug'] } });
    expect(context.current).toBe('auswahl');
    expect(context.draft.loaded).toEqual({ status: 'restored', savedAt: '2026-03-10T09:30:00.000Z', missingFiles: [] });
  });

  it('restores uploaded files with their bytes and "later" marks', async () => {
    const drafts = memoryDrafts();
    const first = await startSession({ adapters: { drafts } });
    const bytes = pdfBytes();
    first.send({ type: 'ANSWER', step: 'auswahl', value: { aenderungen: ['umzug'] } });
    first.send({ type: 'UPLOAD', evidenceId: 'umzug:mietvertrag', file: { name: 'mietvertrag.pdf', type: 'application/pdf', bytes } });
    await waitFor(first, (s) => s.context.attachments[0]?.status === 'ready');
    await saved(first);
    first.stop();

    const second = await startSession({ adapters: { drafts } });
    expect(second.getSnapshot().context.attachments).toEqual([
      {
        id: 'id-1',
        evidenceId: 'umzug:mietvertrag',
        filename: 'mietvertrag.pdf',
        size: 233,
        status: 'ready',
        attachment: {
          id: 'id-1',
          filename: 'mietvertrag.pdf',
          mediaType: 'application/pdf',
          size: 233,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          evidenceId: 'umzug:mietvertrag',
          bytes,
        },
      },
    ]);
  });

  it('saves without file bytes when the storage refuses the full draft, and names the files', async () => {
    const drafts = memoryDrafts({ maxChars: 600 });
    const first = await startSession({ adapters: { drafts } });
    first.send({ type: 'ANSWER', step: 'auswahl', value: { aenderungen: ['umzug'] } });
    first.send({ type: 'UPLOAD', evidenceId: 'umzug:mietvertrag', file: { name: 'mietvertrag.pdf', type: 'application/pdf', bytes: pdfBytes() } });
    await waitFor(first, (s) => s.context.attachments[0]?.status === 'ready');
    expect((await saved(first)).context.draft.save).toEqual({ status: 'saved', savedAt: NOW.toISOString(), withoutFiles: ['mietvertrag.pdf'] });
    first.stop();

    const second = await startSession({ adapters: { drafts } });
    expect(second.getSnapshot().context.attachments).toEqual([]);
    expect(second.getSnapshot().context.draft.loaded).toEqual({
      status: 'restored',
      savedAt: NOW.toISOString(),
      missingFiles: [{ filename: 'mietvertrag.pdf', evidenceId: 'umzug:mietvertrag' }],
    });
  });

  it('reports a full storage as a failed save and goes on', async () => {
    const session = await startSession({ adapters: { drafts: memoryDrafts({ maxChars: 10 }) } });
    session.send({ type: 'ANSWER', step: 'person', value: { name: 'Erika' } });
    expect((await saved(session)).context.draft.save).toEqual({ status: 'failed', reason: 'quota' });
    session.send({ type: 'NEXT' });
    expect(session.getSnapshot().context.current).toBe('auswahl');
  });

  it('with a draft key but no localStorage (Node), saving fails as unavailable and the session goes on', async () => {
    const session = await startSession({ draftKey: 'vaem-test' });
    expect(session.getSnapshot().context.draft.loaded).toEqual({ status: 'none' });
    session.send({ type: 'ANSWER', step: 'person', value: { name: 'Erika' } });
    expect((await saved(session)).context.draft.save).toEqual({ status: 'failed', reason: 'unavailable' });
  });

  it('keeps a corrupt draft under another key, starts empty and says so', async () => {
    const corrupt = { ...storedDraft, answers: 'kaputt' };
    const drafts = memoryDrafts({ initial: { [KEY]: corrupt } });
    const session = await startSession({ adapters: { drafts } });
    const { context } = session.getSnapshot();
    expect(context.draft.loaded).toEqual({ status: 'corrupt', reason: 'answers is not an object', keptAs: KEPT });
    expect(context.answers).toEqual({});
    expect(await drafts.load(KEPT)).toEqual(corrupt);

    session.send({ type: 'ANSWER', step: 'person', value: { name: 'Erika' } });
    await saved(session);
    expect(drafts.keys()).toEqual([KEY, KEPT]);
    expect(await drafts.load(KEPT)).toEqual(corrupt);
  });

  it('refuses a draft of another major form version, keeps it and starts empty', async () => {
    const drafts = memoryDrafts({ initial: { [KEY]: storedDraft } });
    const session = await startSession({ adapters: { drafts }, definition: definitionV2 });
    const { context } = session.getSnapshot();
    expect(context.draft.loaded).toEqual({ status: 'other-version', draftVersion: '1.2.0', formVersion: '2.0.0', keptAs: KEPT });
    expect(context.answers).toEqual({});
    expect(context.current).toBe('person');
    expect(await drafts.load(KEPT)).toEqual(storedDraft);
  });

  it('keeps autosave off when an unreadable draft cannot be copied aside, so it is not overwritten', async () => {
    const corrupt = { ...storedDraft, format: 7 };
    const drafts = memoryDrafts({ initial: { [KEY]: corrupt }, maxChars: 10 });
    const session = await startSession({ adapters: { drafts } });
    expect(session.getSnapshot().context.draft).toEqual({
      loaded: { status: 'corrupt', reason: 'format 7 is not 1' },
      save: { status: 'off' },
      autosave: false,
    });
    session.send({ type: 'ANSWER', step: 'person', value: { name: 'Erika' } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await drafts.load(KEY)).toEqual(corrupt);
  });

  it('migrates a draft of the same major version and moves its step onto the path', async () => {
    const old = { ...storedDraft, formVersion: '1.0.0', answers: { ...storedDraft.answers, altschritt: {} }, current: 'bank' };
    const session = await startSession({ adapters: { drafts: memoryDrafts({ initial: { [KEY]: old } }) } });
    const { context } = session.getSnapshot();
    expect(context.draft.loaded).toEqual({ status: 'restored', savedAt: '2026-03-09T18:00:00.000Z', migratedFrom: '1.0.0', missingFiles: [] });
    expect(context.answers).toEqual({ person: { name: 'Erika' }, auswahl: { aenderungen: ['umzug'] } });
    // "bank" is not on the path for ["umzug"]: the first unfinished step is
    expect(context.current).toBe('umzug');
    expect(context.startedAt).toBe('2026-03-09T17:45:00.000Z');
  });

  it('reports a storage that fails to load and keeps autosave off', async () => {
    const drafts = { ...memoryDrafts(), load: () => Promise.reject(new Error('IndexedDB closed')) };
    const session = await startSession({ adapters: { drafts } });
    expect(session.getSnapshot().context.draft).toEqual({
      loaded: { status: 'unavailable', message: 'IndexedDB closed' },
      save: { status: 'off' },
      autosave: false,
    });
  });
});
