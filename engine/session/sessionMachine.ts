import { and, assertEvent, assign, enqueueActions, fromPromise, not, raise, setup } from 'xstate';
import type { IdentityLevel } from '../definition/types';
import { ownsStepAnswers } from '../modules/ownsStepAnswers';
import { resolveStep } from '../modules/resolveStep';
import { withStepAnswers } from '../modules/stepAnswers';
import { stepView } from '../plan/stepView';
import { uploadActor } from '../uploads/uploadActor';
import { autosaveActor } from './autosaveActor';
import { identityAtLeast } from './identityAtLeast';
import { identityRequest, identityShortfall } from './identityRequest';
import { type LoadDraftInput, type LoadedDraft, loadDraft } from './loadDraft';
import { backStep, firstInvalidStep, firstUnfinished, nextStep, onPath } from './navigation';
import { readyAttachments } from './readyAttachments';
import { sessionContext } from './sessionContext';
import { sessionPlan } from './sessionPlan';
import { type SubmitSessionInput, type SubmitSessionResult, SubmitSessionError, submitSession } from './submitSession';
import { submitSessionInput } from './submitSessionInput';
import type { IdentityAdapter, SessionContext, SessionEnv, SessionError, SessionEvent, SessionInternalEvent, UploadEntry } from './types';

type Confirmed = Awaited<ReturnType<IdentityAdapter['confirm']>>;

/**
 * The filling session: `starting` → (`loading` the draft) → `filling` ⇄ `identifying` →
 * `submitting` → `submitted` | `submitFailed`, and `identityBlocked` when the plan needs a higher
 * identity level than reached and no identity adapter can raise it. Uploads run as child actors
 * (`uploadActor`), drafts are saved by a debounced child (`autosaveActor`). Everything derived
 * from the answers (path, progress, Nachweise) comes from `sessionPlan(snapshot)`.
 *
 * Start it with `createFormSession`, which fills `SessionEnv` from the options.
 *
 * @example
 * const session = createActor(sessionMachine, { input: env }).start();
 * session.send({ type: 'ANSWER', step: 'person', value: { vorname: 'Erika' } });
 * session.send({ type: 'NEXT' });
 */
export const sessionMachine = setup({
  types: {
    context: {} as SessionContext,
    events: {} as SessionEvent | SessionInternalEvent,
    input: {} as SessionEnv,
  },
  actors: {
    loadDraft: fromPromise<LoadedDraft, LoadDraftInput>(({ input }) => loadDraft(input)),
    autosave: autosaveActor,
    upload: uploadActor,
    confirmIdentity: fromPromise<Confirmed, { adapter: IdentityAdapter; level: IdentityLevel }>(({ input }) =>
      input.adapter.confirm(input.level),
    ),
    submit: fromPromise<SubmitSessionResult, SubmitSessionInput>(({ input }) => submitSession(input)),
  },
  guards: {
    draftsOn: ({ context }) => context.env.drafts !== undefined,
    ownsStep: ({ context, event }) => {
      assertEvent(event, 'ANSWER');
      return ownsStepAnswers(context.env.definition, event.step);
    },
    onPath: ({ context, event }) => {
      assertEvent(event, 'GO_TO');
      return onPath(context, event.step);
    },
    requiredEvidence: ({ context, event }) => {
      assertEvent(event, ['UPLOAD', 'MARK_LATER']);
      return sessionPlan({ context }).evidence.some((nachweis) => nachweis.id === event.evidenceId);
    },
    supportedLocale: ({ context, event }) => {
      assertEvent(event, 'SET_LOCALE');
      return context.env.definition.manifest.locales.includes(event.locale);
    },
    onSummary: ({ context }) => stepView(context.env.definition.flow, context.current) === 'summary',
    uploadsSettled: ({ context }) => context.attachments.every((entry) => entry.status === 'ready' || entry.status === 'failed'),
    pathValid: ({ context }) => firstInvalidStep(context) === undefined,
    identitySufficient: ({ context }) => identityAtLeast(context.identity.level, sessionPlan({ context }).identity.level),
    hasIdentityAdapter: ({ context }) => context.env.adapters.identity !== undefined,
    thenSubmit: ({ context }) => context.identityThenSubmit,
  },
  actions: {
    answer: assign(({ context, event }) => {
      assertEvent(event, 'ANSWER');
      return { answers: withStepAnswers(context.answers, resolveStep(context.env.definition, event.step).at, event.value) };
    }),
    next: assign(({ context }) => ({ ...nextStep(context), error: undefined })),
    back: assign(({ context }) => ({ ...backStep(context), error: undefined })),
    goTo: assign(({ event }) => {
      assertEvent(event, 'GO_TO');
      return { current: event.step, issues: [], error: undefined };
    }),
    showFirstInvalid: assign(({ context }) => {
      const invalid = firstInvalidStep(context);
      return invalid === undefined ? {} : { current: invalid.step, issues: invalid.issues };
    }),
    startUpload: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'UPLOAD');
      const id = context.env.newId();
      const usedBytes = context.attachments.filter((entry) => entry.status !== 'failed').reduce((sum, entry) => sum + entry.size, 0);
      const entry: UploadEntry = { id, evidenceId: event.evidenceId, filename: event.file.name, size: event.file.bytes.length, status: 'checking' };
      enqueue.assign({ attachments: [...context.attachments, entry] });
      enqueue.spawnChild('upload', {
        id,
        input: { attachmentId: id, evidenceId: event.evidenceId, file: event.file, limits: context.env.definition.manifest.uploads, usedBytes },
      });
    }),
    uploadProgress: assign(({ context, event }) => {
      assertEvent(event, ['upload.reading', 'upload.ready', 'upload.failed']);
      const id = event.type === 'upload.ready' ? event.attachment.id : event.attachmentId;
      const update = (entry: UploadEntry): UploadEntry => {
        switch (event.type) {
          case 'upload.reading':
            return { ...entry, status: 'reading' };
          case 'upload.ready':
            return { ...entry, status: 'ready', attachment: event.attachment };
          case 'upload.failed':
            return { ...entry, status: 'failed', error: event.error };
        }
      };
      // a file removed while it was checked reports into the void
      return { attachments: context.attachments.map((entry) => (entry.id === id ? update(entry) : entry)) };
    }),
    removeUpload: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'REMOVE_UPLOAD');
      const entry = context.attachments.find((candidate) => candidate.id === event.attachmentId);
      if (entry === undefined) return;
      if (entry.status === 'checking' || entry.status === 'reading') enqueue.stopChild(entry.id);
      enqueue.assign({ attachments: context.attachments.filter((candidate) => candidate !== entry) });
    }),
    markLater: assign(({ context, event }) => {
      assertEvent(event, 'MARK_LATER');
      return { evidenceMarks: { ...context.evidenceMarks, [event.evidenceId]: 'later' as const } };
    }),
    unmarkLater: assign(({ context, event }) => {
      assertEvent(event, 'UNMARK_LATER');
      const { [event.evidenceId]: _removed, ...evidenceMarks } = context.evidenceMarks;
      return { evidenceMarks };
    }),
    setLocale: assign(({ event }) => {
      assertEvent(event, 'SET_LOCALE');
      return { locale: event.locale };
    }),
    recordDraftStatus: assign(({ context, event }) => {
      assertEvent(event, 'draft.status');
      return { draft: { ...context.draft, save: event.save } };
    }),
    restoreDraft: enqueueActions(({ context, enqueue }, loaded: LoadedDraft) => {
      const drafts = context.env.drafts;
      enqueue.assign({
        ...loaded.restored,
        draft: { loaded: loaded.loaded, save: { status: loaded.autosave ? 'idle' : 'off' }, autosave: loaded.autosave && drafts !== undefined },
      });
      // a draft's step may be off the path now (a migrated form, another application date)
      enqueue.assign(({ context: restored }) => ({
        current: onPath(restored, restored.current) ? restored.current : firstUnfinished(restored),
      }));
      if (loaded.autosave && drafts !== undefined) {
        const { definition, now, autosaveMs } = context.env;
        enqueue.spawnChild('autosave', { id: 'autosave', input: { definition, now, delayMs: autosaveMs, ...drafts } });
      }
    }),
    autosave: enqueueActions(({ context, enqueue }) => {
      if (!context.draft.autosave) return;
      const { answers, current, evidenceMarks, startedAt } = context;
      enqueue.sendTo('autosave', {
        type: 'CHANGED',
        content: { answers, current, evidenceMarks, startedAt, attachments: readyAttachments(context.attachments) },
      });
    }),
    discardDraft: enqueueActions(({ context, enqueue }) => {
      if (context.draft.autosave) enqueue.sendTo('autosave', { type: 'DISCARD' });
    }),
    newSubmission: assign(({ context }) => ({ submission: { submissionId: context.env.newId() } })),
    blockIdentity: assign(({ context }) => ({ error: identityShortfall('identity-required', context) })),
    recordIdentity: assign((_, confirmed: Confirmed) => ({
      identity: confirmed.name === undefined ? { level: confirmed.level } : { level: confirmed.level, name: confirmed.name },
    })),
    identityInsufficient: assign(({ context }) => ({ error: identityShortfall('identity-insufficient', context) })),
    identityFailed: assign((_, { error }: { error: unknown }) => ({
      error: { code: 'identity-failed', message: error instanceof Error ? error.message : String(error) } satisfies SessionError,
    })),
    recordSubmission: assign(({ context }, result: SubmitSessionResult) => ({
      submission: { submissionId: context.submission?.submissionId ?? result.package.metadata.submissionId, ...result },
    })),
    submitFailed: assign((_, { error }: { error: unknown }) => ({
      error:
        error instanceof SubmitSessionError
          ? error.error
          : ({ code: 'submit-failed', message: error instanceof Error ? error.message : String(error) } satisfies SessionError),
    })),
    clearError: assign({ error: undefined }),
    forward: raise(({ event }) => event),
  },
}).createMachine({
  id: 'formSession',
  context: ({ input }) => sessionContext(input),
  initial: 'starting',
  on: {
    SET_LOCALE: { guard: 'supportedLocale', actions: 'setLocale' },
    'upload.reading': { actions: 'uploadProgress' },
    'upload.ready': { actions: ['uploadProgress', 'autosave'] },
    'upload.failed': { actions: 'uploadProgress' },
    'draft.status': { actions: 'recordDraftStatus' },
  },
  states: {
    starting: {
      always: [{ guard: 'draftsOn', target: 'loading' }, { target: 'filling' }],
    },
    loading: {
      invoke: {
        src: 'loadDraft',
        input: ({ context }) => ({ definition: context.env.definition, now: context.env.now, ...drafts(context.env) }),
        onDone: { target: 'filling', actions: { type: 'restoreDraft', params: ({ event }) => event.output } },
        // loadDraft never rejects; this keeps a broken adapter from stopping the session
        onError: {
          target: 'filling',
          actions: { type: 'restoreDraft', params: ({ event }) => ({ loaded: { status: 'unavailable', message: String(event.error) }, autosave: false }) },
        },
      },
    },
    filling: {
      on: {
        ANSWER: { guard: 'ownsStep', actions: ['answer', 'autosave'] },
        NEXT: { actions: ['next', 'autosave'] },
        BACK: { actions: ['back', 'autosave'] },
        GO_TO: { guard: 'onPath', actions: ['goTo', 'autosave'] },
        UPLOAD: { guard: 'requiredEvidence', actions: 'startUpload' },
        REMOVE_UPLOAD: { actions: ['removeUpload', 'autosave'] },
        MARK_LATER: { guard: 'requiredEvidence', actions: ['markLater', 'autosave'] },
        UNMARK_LATER: { actions: ['unmarkLater', 'autosave'] },
        CONFIRM_IDENTITY: { guard: 'hasIdentityAdapter', target: 'identifying', actions: assign({ identityThenSubmit: false }) },
        SUBMIT: [
          // only from the summary, and not while a file is still being checked
          { guard: not(and(['onSummary', 'uploadsSettled'])) },
          { guard: not('pathValid'), actions: 'showFirstInvalid' },
          { guard: 'identitySufficient', target: 'submitting', actions: 'newSubmission' },
          { guard: 'hasIdentityAdapter', target: 'identifying', actions: assign({ identityThenSubmit: true }) },
          { target: 'identityBlocked', actions: 'blockIdentity' },
        ],
      },
    },
    identifying: {
      entry: 'clearError',
      invoke: {
        src: 'confirmIdentity',
        input: ({ context }) => identityRequest(context),
        onDone: [
          {
            guard: ({ context, event }) =>
              context.identityThenSubmit && identityAtLeast(event.output.level, sessionPlan({ context }).identity.level),
            target: 'submitting',
            actions: [{ type: 'recordIdentity', params: ({ event }) => event.output }, 'newSubmission'],
          },
          {
            guard: 'thenSubmit',
            target: 'identityBlocked',
            actions: [{ type: 'recordIdentity', params: ({ event }) => event.output }, 'identityInsufficient'],
          },
          { target: 'filling', actions: { type: 'recordIdentity', params: ({ event }) => event.output } },
        ],
        onError: [
          { guard: 'thenSubmit', target: 'identityBlocked', actions: { type: 'identityFailed', params: ({ event }) => ({ error: event.error }) } },
          { target: 'filling', actions: { type: 'identityFailed', params: ({ event }) => ({ error: event.error }) } },
        ],
      },
    },
    identityBlocked: {
      exit: 'clearError',
      on: {
        CONFIRM_IDENTITY: { guard: 'hasIdentityAdapter', target: 'identifying', actions: assign({ identityThenSubmit: true }) },
        ...backToFilling(['SUBMIT', 'ANSWER', 'NEXT', 'BACK', 'GO_TO', 'UPLOAD', 'REMOVE_UPLOAD', 'MARK_LATER', 'UNMARK_LATER']),
      },
    },
    submitting: {
      entry: 'clearError',
      invoke: {
        src: 'submit',
        input: ({ context }) => submitSessionInput(context),
        onDone: { target: 'submitted', actions: [{ type: 'recordSubmission', params: ({ event }) => event.output }, 'discardDraft'] },
        onError: { target: 'submitFailed', actions: { type: 'submitFailed', params: ({ event }) => ({ error: event.error }) } },
      },
    },
    submitFailed: {
      exit: 'clearError',
      on: {
        SUBMIT: 'submitting',
        ...backToFilling(['ANSWER', 'NEXT', 'BACK', 'GO_TO', 'UPLOAD', 'REMOVE_UPLOAD', 'MARK_LATER', 'UNMARK_LATER']),
      },
    },
    // not a final state: the autosave child must live on to remove the draft
    submitted: {},
  },
});

type EditEvent = Exclude<SessionEvent['type'], 'CONFIRM_IDENTITY' | 'SET_LOCALE'>;

/** Leaving a stopped state by editing: back to filling, where the event is handled anew. */
function backToFilling<T extends EditEvent>(types: readonly T[]) {
  const forward = { target: 'filling', actions: 'forward' } as const;
  return Object.fromEntries(types.map((type) => [type, forward])) as Record<T, typeof forward>;
}

function drafts(env: SessionEnv) {
  if (env.drafts === undefined) throw new Error('formSession: loading a draft without draft storage');
  return env.drafts;
}
