/**
 * Where the session keeps drafts. Values are plain JSON (the session writes a `Draft`); `load`
 * returns whatever is stored, unchecked, because `readDraft` decides what it is. A failing
 * `save` rejects (ideally with a `DraftStorageError`) and the session reports it as a status:
 * losing the autosave must never stop a citizen from filling in the form.
 *
 * @example
 * const drafts: DraftStorage = memoryDrafts();
 * await drafts.save('formflow.draft.vaem', draft);
 * await drafts.load('formflow.draft.vaem'); // the draft, or undefined when there is none
 */
export interface DraftStorage {
  /** the stored value, or `undefined` when nothing is stored under the key */
  load(key: string): Promise<unknown>;
  save(key: string, draft: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}
