import type { FormDefinition } from '../definition/types';
import type { DraftStorage } from '../drafts/DraftStorage';
import { fromBase64 } from '../drafts/base64';
import type { Draft } from '../drafts/draftFormat';
import { readDraft } from '../drafts/readDraft';
import { sha256Hex } from '../submission/sha256Hex';
import { assertNever } from '../util/assertNever';
import type { DraftLoadStatus, SessionContext, UploadEntry } from './types';

export interface LoadDraftInput {
  definition: FormDefinition;
  storage: DraftStorage;
  key: string;
  now: () => Date;
}

export interface LoadedDraft {
  loaded: DraftLoadStatus;
  /** false when saving could overwrite a draft that was not loaded */
  autosave: boolean;
  restored?: Pick<SessionContext, 'answers' | 'current' | 'evidenceMarks' | 'attachments' | 'startedAt'>;
}

/**
 * Loads the draft a session starts from. Never rejects and never loses a draft: a draft that
 * is corrupt or of another major form version is moved to `<key>:kept:<ISO time>` (and autosave
 * stays off if even that fails), a storage that fails to load leaves autosave off. Files are
 * restored when their bytes are in the draft and still match their SHA-256; the others are
 * listed as `missingFiles`.
 *
 * @example
 * const { loaded, restored } = await loadDraft({ definition, storage, key, now: () => new Date() });
 */
export async function loadDraft(input: LoadDraftInput): Promise<LoadedDraft> {
  const { storage, key } = input;
  let raw: unknown;
  try {
    raw = await storage.load(key);
  } catch (error) {
    return { loaded: { status: 'unavailable', message: messageOf(error) }, autosave: false };
  }
  const result = readDraft(raw, input.definition);
  switch (result.status) {
    case 'none':
      return { loaded: { status: 'none' }, autosave: true };
    case 'corrupt': {
      const keptAs = await keep(input, raw);
      const loaded: DraftLoadStatus = { status: 'corrupt', reason: result.reason };
      return { loaded: keptAs === undefined ? loaded : { ...loaded, keptAs }, autosave: keptAs !== undefined };
    }
    case 'other-version': {
      const keptAs = await keep(input, raw);
      const { draftVersion, formVersion } = result;
      const loaded: DraftLoadStatus = { status: 'other-version', draftVersion, formVersion };
      return { loaded: keptAs === undefined ? loaded : { ...loaded, keptAs }, autosave: keptAs !== undefined };
    }
    case 'ok': {
      const { entries, missingFiles } = await restoreFiles(result.draft);
      const { draft } = result;
      return {
        loaded: {
          status: 'restored',
          savedAt: draft.savedAt,
          ...(result.migratedFrom === undefined ? {} : { migratedFrom: result.migratedFrom }),
          missingFiles,
        },
        autosave: true,
        restored: {
          answers: draft.answers,
          current: draft.current,
          evidenceMarks: draft.evidenceMarks,
          attachments: entries,
          startedAt: draft.startedAt,
        },
      };
    }
    default:
      return assertNever(result);
  }
}

/** Copies an unreadable draft aside and frees its key; `undefined` when the copy failed. */
async function keep(input: LoadDraftInput, raw: unknown): Promise<string | undefined> {
  const keptAs = `${input.key}:kept:${input.now().toISOString()}`;
  try {
    await input.storage.save(keptAs, raw);
  } catch {
    return undefined;
  }
  // the copy is safe, so the key can take the new draft; if freeing fails autosave overwrites it
  await input.storage.remove(input.key).catch(() => undefined);
  return keptAs;
}

async function restoreFiles(draft: Draft) {
  const entries: UploadEntry[] = [];
  const missingFiles: { filename: string; evidenceId: string }[] = [];
  for (const { bytes: base64, ...metadata } of draft.attachments) {
    const bytes = base64 === undefined ? undefined : fromBase64(base64);
    if (bytes !== undefined && bytes.length === metadata.size && (await sha256Hex(bytes)) === metadata.sha256) {
      const { id, evidenceId, filename, size } = metadata;
      entries.push({ id, evidenceId, filename, size, status: 'ready', attachment: { ...metadata, bytes } });
    } else {
      missingFiles.push({ filename: metadata.filename, evidenceId: metadata.evidenceId });
    }
  }
  return { entries, missingFiles };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
