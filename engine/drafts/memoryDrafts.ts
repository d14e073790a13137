import type { DraftStorage } from './DraftStorage';
import { DraftStorageError } from './DraftStorageError';

export interface MemoryDraftsOptions {
  /** values stored before the session starts (e.g. an old or broken draft in a test) */
  initial?: Record<string, unknown>;
  /** refuse drafts whose JSON text is longer than this, like a full localStorage */
  maxChars?: number;
}

/** A draft storage in memory, with a look at what it holds. */
export interface MemoryDrafts extends DraftStorage {
  /** the stored keys, sorted */
  keys(): string[];
}

/**
 * Draft storage in memory, for tests and Node. Values go through JSON text like in
 * `localStorage`, so a draft that would not survive serialisation fails here too.
 *
 * @example
 * const drafts = memoryDrafts({ maxChars: 10_000 });
 * createFormSession(definition, { today, locale: 'de', adapters: { drafts, renderPdf } });
 */
export function memoryDrafts(options: MemoryDraftsOptions = {}): MemoryDrafts {
  const texts = new Map<string, string>();
  for (const [key, value] of Object.entries(options.initial ?? {})) texts.set(key, JSON.stringify(value));
  return {
    async load(key) {
      const text = texts.get(key);
      return text === undefined ? undefined : (JSON.parse(text) as unknown);
    },
    async save(key, draft) {
      const text = JSON.stringify(draft);
      if (options.maxChars !== undefined && text.length > options.maxChars) {
        throw new DraftStorageError('quota', `draft of ${text.length} characters exceeds ${options.maxChars}`);
      }
      texts.set(key, text);
    },
    async remove(key) {
      texts.delete(key);
    },
    keys() {
      return [...texts.keys()].sort();
    },
  };
}
