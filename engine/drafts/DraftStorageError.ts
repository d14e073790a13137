/** Why a draft could not be saved: the storage is full, or there is no usable storage at all. */
export type DraftStorageFailure = 'quota' | 'unavailable';

/**
 * The error a `DraftStorage` rejects with when saving fails in a way the citizen should be
 * told about ("storage full" reads differently from "this browser keeps no drafts").
 *
 * @example
 * throw new DraftStorageError('quota', 'localStorage is full');
 */
export class DraftStorageError extends Error {
  readonly reason: DraftStorageFailure;

  constructor(reason: DraftStorageFailure, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DraftStorageError';
    this.reason = reason;
  }
}
