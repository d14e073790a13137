import type { Answers, FormDefinition, IdentityLevel, ValidationIssue } from '../definition/types';
import type { DraftStorage } from '../drafts/DraftStorage';
import type { DraftStorageFailure } from '../drafts/DraftStorageError';
import type { RenderPdf } from '../submission/PdfInput';
import type { Attachment, SubmissionPackage } from '../submission/types';
import type { UploadActorEvent } from '../uploads/uploadActor';
import type { UploadError, UploadFile } from '../uploads/types';

/** The host's identity service (BundID, eID): asked for a level, it answers with the level reached. */
export interface IdentityAdapter {
  confirm(level: IdentityLevel): Promise<{ level: IdentityLevel; name?: string }>;
}

export interface SessionAdapters {
  /** where drafts go; with neither this nor `draftKey` the session keeps no drafts */
  drafts?: DraftStorage;
  /** transmits the package; without it the package stays in `context.submission` for the host */
  submit?: (pkg: SubmissionPackage) => Promise<{ reference?: string }>;
  identity?: IdentityAdapter;
  /** renders the E-Akte copy (pdf/'s renderEAkteCopy with fonts bound) */
  renderPdf: RenderPdf;
}

export interface FormSessionOptions {
  /** ISO date YYYY-MM-DD: the application date */
  today: string;
  locale: string;
  /** draft key; default `formflow.draft.<formId>` when drafts are on */
  draftKey?: string;
  adapters: SessionAdapters;
  now?: () => Date;
  /** ids of attachments and submissions; default `crypto.randomUUID()` */
  newId?: () => string;
  /** quiet time before an autosave, in ms (default 800) */
  autosaveMs?: number;
  /** read-only data from the host, read as `/$context/…` (a jobcenter's configuration, an earlier submission) */
  context?: Record<string, unknown>;
}

/** What the session machine is started with (`createFormSession` fills the defaults). */
export interface SessionEnv {
  definition: FormDefinition;
  today: string;
  locale: string;
  /** undefined when drafts are off */
  drafts?: { storage: DraftStorage; key: string };
  adapters: SessionAdapters;
  now: () => Date;
  newId: () => string;
  autosaveMs: number;
  context?: Record<string, unknown>;
}

/** A file in the session, from `UPLOAD` until it is ready (with its attachment) or failed. */
export interface UploadEntry {
  id: string;
  evidenceId: string;
  filename: string;
  size: number;
  status: 'checking' | 'reading' | 'ready' | 'failed';
  attachment?: Attachment;
  error?: UploadError;
}

/** What was found in the draft storage when the session started. Text keys: `ui.draft.<status>`. */
export type DraftLoadStatus =
  | { status: 'none' }
  | {
      status: 'restored';
      savedAt: string;
      /** the form version the draft was saved with, when it was migrated */
      migratedFrom?: string;
      /** files whose bytes were not in the draft: the citizen uploads them again */
      missingFiles: { filename: string; evidenceId: string }[];
    }
  /** `keptAs`: the key the unreadable draft was moved to; without one autosave stays off so it is not overwritten */
  | { status: 'corrupt'; reason: string; keptAs?: string }
  | { status: 'other-version'; draftVersion: string; formVersion: string; keptAs?: string }
  /** the storage failed to load; autosave stays off so nothing unseen is overwritten */
  | { status: 'unavailable'; message: string };

/** The autosave, for a status line. Text keys: `ui.draft.save.<status>`. */
export type DraftSaveStatus =
  | { status: 'off' }
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'saving' }
  /** `withoutFiles`: names of files saved as metadata only (too big for the draft) */
  | { status: 'saved'; savedAt: string; withoutFiles: string[] }
  | { status: 'failed'; reason: DraftStorageFailure | 'error' };

/** Why submitting stopped. Text keys: `ui.session.error.<code>`. */
export type SessionError =
  | { code: 'identity-required'; required: IdentityLevel; reached: IdentityLevel }
  | { code: 'identity-insufficient'; required: IdentityLevel; reached: IdentityLevel }
  | { code: 'identity-failed'; message: string }
  | { code: 'package-failed'; message: string }
  | { code: 'submit-failed'; message: string };

export interface SessionContext {
  env: SessionEnv;
  /** all answers, abandoned branches included (pruned only for the submission) */
  answers: Answers;
  /** the step the citizen is on; always a step of the current path after NEXT, BACK, GO_TO */
  current: string;
  /** issues of the current step from the last failed NEXT or SUBMIT; cleared by the next NEXT, BACK or GO_TO */
  issues: ValidationIssue[];
  attachments: UploadEntry[];
  evidenceMarks: Record<string, 'later'>;
  identity: { level: IdentityLevel; name?: string };
  locale: string;
  /** ISO timestamp when filling started (from a restored draft, or session start) */
  startedAt: string;
  draft: { loaded: DraftLoadStatus; save: DraftSaveStatus; autosave: boolean };
  /** set by SUBMIT; `package` and `reference` once submitted */
  submission: { submissionId: string; package?: SubmissionPackage; reference?: string } | undefined;
  /** whether the pending identity confirmation was started by SUBMIT */
  identityThenSubmit: boolean;
  error: SessionError | undefined;
}

/** The events a host or the renderer sends to a session. */
export type SessionEvent =
  | { type: 'ANSWER'; step: string; value: unknown }
  | { type: 'NEXT' }
  | { type: 'BACK' }
  | { type: 'GO_TO'; step: string }
  | { type: 'UPLOAD'; evidenceId: string; file: UploadFile }
  | { type: 'REMOVE_UPLOAD'; attachmentId: string }
  | { type: 'MARK_LATER'; evidenceId: string }
  | { type: 'UNMARK_LATER'; evidenceId: string }
  | { type: 'CONFIRM_IDENTITY' }
  | { type: 'SUBMIT' }
  | { type: 'SET_LOCALE'; locale: string };

/** What the session's own children report. */
export type SessionInternalEvent = UploadActorEvent | { type: 'draft.status'; save: DraftSaveStatus };
