import { type Actor, createActor } from 'xstate';
import type { FormDefinition } from '../definition/types';
import { localStorageDrafts } from '../drafts/localStorageDrafts';
import { sessionMachine } from './sessionMachine';
import type { FormSessionOptions, SessionEnv } from './types';

/** A running filling session: send it `SessionEvent`s, read `getSnapshot()`, `subscribe`. */
export type FormSession = Actor<typeof sessionMachine>;

/** Quiet time before an autosave: long enough not to write on every keystroke. */
const AUTOSAVE_MS = 800;

/**
 * Starts a filling session for a form. Drafts are on when `adapters.drafts` or `draftKey` is
 * given (storage defaults to `localStorageDrafts()`, the key to `formflow.draft.<formId>`); the
 * session then begins in `loading` and reaches `filling` once the draft was looked for.
 * Throws when the host passes a locale the form does not have or a `today` that is no date:
 * both are programming errors, not a citizen's.
 *
 * @example
 * const session = createFormSession(definition, {
 *   today: '2026-03-10', locale: 'de', draftKey: 'vaem',
 *   adapters: { renderPdf: (input) => renderEAkteCopy({ ...input, fonts }) },
 * });
 * session.send({ type: 'ANSWER', step: 'person', value: { vorname: 'Erika' } });
 * sessionPlan(session.getSnapshot()).progress; // { done: 0, total: 4 }
 */
export function createFormSession(definition: FormDefinition, options: FormSessionOptions): FormSession {
  const { manifest } = definition;
  if (!manifest.locales.includes(options.locale)) {
    throw new Error(`createFormSession: locale "${options.locale}" is not one of forms/${manifest.id}/form.json#/locales: ${manifest.locales.join(', ')}`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today)) {
    throw new Error(`createFormSession: today "${options.today}" is not a date YYYY-MM-DD`);
  }
  const storage = options.adapters.drafts ?? (options.draftKey === undefined ? undefined : localStorageDrafts());
  const env: SessionEnv = {
    definition,
    today: options.today,
    locale: options.locale,
    adapters: options.adapters,
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? (() => globalThis.crypto.randomUUID()),
    autosaveMs: options.autosaveMs ?? AUTOSAVE_MS,
    ...(options.context === undefined ? {} : { context: options.context }),
    ...(storage === undefined ? {} : { drafts: { storage, key: options.draftKey ?? `formflow.draft.${manifest.id}` } }),
  };
  return createActor(sessionMachine, { input: env }).start();
}
