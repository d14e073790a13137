import type { Answers, FormDefinition } from '../definition/types';
import type { Attachment } from '../submission/types';
import { toBase64 } from './base64';
import { DRAFT_FILE_BYTES, DRAFT_FORMAT, type Draft, type DraftAttachment } from './draftFormat';

export interface WriteDraftInput {
  definition: FormDefinition;
  answers: Answers;
  current: string;
  evidenceMarks: Record<string, 'later'>;
  /** the files that passed the checks */
  attachments: readonly Attachment[];
  savedAt: Date;
  startedAt: Date;
  /** file bytes to keep in the draft at most (default `DRAFT_FILE_BYTES`; 0 keeps metadata only) */
  fileBytes?: number;
}

/**
 * The draft of a session, plain JSON. Files are kept with their bytes (base64) in upload order
 * while their sizes add up to at most `fileBytes`; later files are kept as metadata only.
 *
 * @example
 * await drafts.save(key, writeDraft({ definition, answers, current: 'umzug', evidenceMarks: {},
 *   attachments: [], savedAt: new Date(), startedAt }));
 */
export function writeDraft(input: WriteDraftInput): Draft {
  let budget = input.fileBytes ?? DRAFT_FILE_BYTES;
  const attachments = input.attachments.map((attachment): DraftAttachment => {
    const { bytes, ...metadata } = attachment;
    if (bytes.length > budget) return metadata;
    budget -= bytes.length;
    return { ...metadata, bytes: toBase64(bytes) };
  });
  return {
    format: DRAFT_FORMAT,
    formId: input.definition.manifest.id,
    formVersion: input.definition.manifest.version,
    savedAt: input.savedAt.toISOString(),
    startedAt: input.startedAt.toISOString(),
    answers: input.answers,
    current: input.current,
    evidenceMarks: input.evidenceMarks,
    attachments,
  };
}
