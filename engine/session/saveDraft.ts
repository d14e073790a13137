import type { FormDefinition } from '../definition/types';
import type { DraftStorage } from '../drafts/DraftStorage';
import { DraftStorageError } from '../drafts/DraftStorageError';
import { writeDraft } from '../drafts/writeDraft';
import type { Attachment } from '../submission/types';
import type { DraftSaveStatus } from './types';

/** The parts of a session a draft keeps. */
export interface DraftContent {
  answers: Record<string, unknown>;
  current: string;
  evidenceMarks: Record<string, 'later'>;
  attachments: Attachment[];
  startedAt: string;
}

export interface SaveDraftInput {
  definition: FormDefinition;
  storage: DraftStorage;
  key: string;
  now: () => Date;
  content: DraftContent;
}

/**
 * Saves a session's draft and says how it went, never rejecting. When the storage refuses the
 * draft with its files (a full `localStorage`), it tries again with file metadata only: the
 * answers matter most, and files can be uploaded again.
 *
 * @example
 * await saveDraft({ definition, storage, key, now, content }); // { status: 'saved', savedAt, withoutFiles: [] }
 */
export async function saveDraft(input: SaveDraftInput): Promise<DraftSaveStatus> {
  const { content } = input;
  const savedAt = input.now();
  const draft = (fileBytes?: number) =>
    writeDraft({
      definition: input.definition,
      answers: content.answers,
      current: content.current,
      evidenceMarks: content.evidenceMarks,
      attachments: content.attachments,
      savedAt,
      startedAt: new Date(content.startedAt),
      ...(fileBytes === undefined ? {} : { fileBytes }),
    });
  const full = draft();
  let failure: unknown;
  try {
    await input.storage.save(input.key, full);
    return saved(savedAt, full.attachments);
  } catch (error) {
    failure = error;
  }
  if (full.attachments.some((attachment) => attachment.bytes !== undefined)) {
    const lean = draft(0);
    try {
      await input.storage.save(input.key, lean);
      return saved(savedAt, lean.attachments);
    } catch (error) {
      failure = error;
    }
  }
  return { status: 'failed', reason: failure instanceof DraftStorageError ? failure.reason : 'error' };
}

function saved(savedAt: Date, attachments: readonly { filename: string; bytes?: string }[]): DraftSaveStatus {
  const withoutFiles = attachments.filter((attachment) => attachment.bytes === undefined).map((a) => a.filename);
  return { status: 'saved', savedAt: savedAt.toISOString(), withoutFiles };
}
