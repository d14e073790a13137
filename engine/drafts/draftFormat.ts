import type { Answers } from '../definition/types';
import type { Attachment } from '../submission/types';

/** The draft format this engine writes and reads. A change of shape gets a new number. */
export const DRAFT_FORMAT = 1;

/**
 * Attachment bytes kept in a draft, at most, summed over its files. `localStorage` holds about
 * 5 MB of text per origin and base64 grows bytes by a third, so 2 MiB of files (≈ 2.8 M chars)
 * leaves room for the answers. Files beyond it are saved as metadata only and the restored
 * session names them for uploading again.
 */
export const DRAFT_FILE_BYTES = 2 * 1024 * 1024;

/** A file in a draft: its metadata, and its bytes as base64 when they fit the budget. */
export interface DraftAttachment extends Omit<Attachment, 'bytes'> {
  bytes?: string;
}

/**
 * A saved session, plain JSON. Answers are kept whole, abandoned branches included, so a citizen
 * who switches back finds them again; pruning happens on submission only. The identity level
 * reached is never saved: it must be confirmed again in every session.
 */
export interface Draft {
  format: typeof DRAFT_FORMAT;
  formId: string;
  formVersion: string;
  /** ISO timestamp of the save */
  savedAt: string;
  /** ISO timestamp of when filling started (the submission's `createdAt`) */
  startedAt: string;
  answers: Answers;
  /** the step the citizen was on */
  current: string;
  /** Nachweise marked "hand in later" */
  evidenceMarks: Record<string, 'later'>;
  attachments: DraftAttachment[];
}

/**
 * What `readDraft` found. A corrupt draft and a draft of another major form version are never
 * loaded; the session keeps them under another key and starts empty.
 */
export type ReadDraftResult =
  | {
      status: 'ok';
      draft: Draft;
      /** the form version the draft was saved with, when it was migrated to the current one */
      migratedFrom?: string;
    }
  | { status: 'none' }
  | { status: 'corrupt'; reason: string }
  | { status: 'other-version'; draftVersion: string; formVersion: string };
