import type { DraftStorage } from './DraftStorage';
import { DraftStorageError } from './DraftStorageError';

export interface LocalStorageDraftsOptions {
  /** the storage to use; default `globalThis.localStorage` (tests pass their own) */
  storage?: () => Storage | undefined;
}

/**
 * The default draft storage: JSON text in `localStorage`. Works where `localStorage` is missing
 * (Node, some embedded webviews) or throws on access (Safari with cookies blocked): `load`
 * then finds nothing and `save` rejects with `DraftStorageError('unavailable')`; a full storage
 * rejects with `DraftStorageError('quota')`. Stored text that is not JSON is returned as the
 * raw string, so `readDraft` reports it as corrupt instead of losing it.
 *
 * @example
 * createFormSession(definition, { today, locale: 'de', adapters: { drafts: localStorageDrafts(), renderPdf } });
 */
export function localStorageDrafts(options: LocalStorageDraftsOptions = {}): DraftStorage {
  const storage = (): Storage | undefined => {
    try {
      return options.storage ? options.storage() : globalThis.localStorage;
    } catch {
      // accessing window.localStorage throws a SecurityError when the browser forbids storage
      return undefined;
    }
  };
  return {
    async load(key) {
      let text: string | null = null;
      try {
        text = storage()?.getItem(key) ?? null;
      } catch {
        return undefined;
      }
      if (text === null) return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    },
    async save(key, draft) {
      const target = storage();
      if (target === undefined) throw new DraftStorageError('unavailable', 'localStorage is not available');
      const text = JSON.stringify(draft);
      try {
        target.setItem(key, text);
      } catch (error) {
        if (isQuotaError(error)) {
          throw new DraftStorageError('quota', `localStorage is full (draft of ${text.length} characters)`, { cause: error });
        }
        throw new DraftStorageError('unavailable', 'localStorage refused the draft', { cause: error });
      }
    },
    async remove(key) {
      try {
        storage()?.removeItem(key);
      } catch {
        // nothing to remove from a storage we cannot reach
      }
    },
  };
}

/** Browsers name the quota error differently (Firefox used NS_ERROR_DOM_QUOTA_REACHED, code 1014). */
function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}
