import { assign, fromPromise, sendParent, setup } from 'xstate';
import type { FormDefinition } from '../definition/types';
import type { DraftStorage } from '../drafts/DraftStorage';
import { type DraftContent, saveDraft } from './saveDraft';
import type { DraftSaveStatus, SessionInternalEvent } from './types';

export interface AutosaveInput {
  definition: FormDefinition;
  storage: DraftStorage;
  key: string;
  now: () => Date;
  /** quiet time after the last change before saving */
  delayMs: number;
}

/** What the session tells its autosave child. */
export type AutosaveEvent =
  /** the session changed; `content` is what to save */
  | { type: 'CHANGED'; content: DraftContent }
  /** the form was submitted: drop the draft, save nothing more */
  | { type: 'DISCARD' };

interface AutosaveContext extends AutosaveInput {
  latest?: DraftContent;
  /** a change arrived while saving: save again afterwards */
  dirty: boolean;
  /** DISCARD arrived while saving: remove the draft afterwards */
  discard: boolean;
}

/**
 * The session's autosave, debounced with a delayed transition: each `CHANGED` restarts the
 * wait (`after`), and the latest content is saved once the citizen pauses. A change during a
 * save is saved right after it; `DISCARD` (after submitting) waits for a running save and then
 * removes the draft, so a late save cannot bring a submitted draft back. Reports every status to
 * the parent as `draft.status`.
 *
 * @example
 * spawnChild('autosave', { id: 'autosave', input: { definition, storage, key, now, delayMs: 800 } })
 */
export const autosaveActor = setup({
  types: {
    input: {} as AutosaveInput,
    context: {} as AutosaveContext,
    events: {} as AutosaveEvent,
  },
  actors: {
    save: fromPromise<DraftSaveStatus, AutosaveContext & { latest: DraftContent }>(({ input }) =>
      saveDraft({ ...input, content: input.latest }),
    ),
    remove: fromPromise<void, { storage: DraftStorage; key: string }>(({ input }) => input.storage.remove(input.key)),
  },
  delays: {
    quiet: ({ context }) => context.delayMs,
  },
  actions: {
    report: sendParent((_, save: DraftSaveStatus): SessionInternalEvent => ({ type: 'draft.status', save })),
  },
  guards: {
    dirty: ({ context }) => context.dirty,
    discard: ({ context }) => context.discard,
  },
}).createMachine({
  id: 'autosave',
  context: ({ input }) => ({ ...input, dirty: false, discard: false }),
  initial: 'idle',
  on: {
    DISCARD: '.discarding',
  },
  states: {
    idle: {
      on: { CHANGED: { target: 'waiting', actions: assign({ latest: ({ event }) => event.content }) } },
    },
    waiting: {
      entry: { type: 'report', params: { status: 'pending' } },
      after: { quiet: 'saving' },
      on: { CHANGED: { target: 'waiting', reenter: true, actions: assign({ latest: ({ event }) => event.content }) } },
    },
    saving: {
      entry: [{ type: 'report', params: { status: 'saving' } }, assign({ dirty: false })],
      on: {
        CHANGED: { actions: assign({ latest: ({ event }) => event.content, dirty: true }) },
        DISCARD: { actions: assign({ discard: true }) },
      },
      invoke: {
        src: 'save',
        input: ({ context }) => ({ ...context, latest: latestOf(context) }),
        onDone: [
          { guard: 'discard', target: 'discarding' },
          { guard: 'dirty', target: 'waiting', actions: { type: 'report', params: ({ event }) => event.output } },
          { target: 'idle', actions: { type: 'report', params: ({ event }) => event.output } },
        ],
        // saveDraft reports failures as a status; a rejection here is a bug in a storage adapter
        onError: [
          { guard: 'discard', target: 'discarding' },
          { target: 'idle', actions: { type: 'report', params: { status: 'failed', reason: 'error' } } },
        ],
      },
    },
    discarding: {
      invoke: {
        src: 'remove',
        input: ({ context }) => ({ storage: context.storage, key: context.key }),
        onDone: 'discarded',
        onError: 'discarded',
      },
    },
    discarded: {
      entry: { type: 'report', params: { status: 'off' } },
      type: 'final',
    },
  },
});

function latestOf(context: AutosaveContext): DraftContent {
  if (context.latest === undefined) throw new Error('autosave: saving without content');
  return context.latest;
}
