import { describe, expect, it } from 'vitest';
import { DraftStorageError } from '../../../engine/drafts/DraftStorageError';
import { localStorageDrafts } from '../../../engine/drafts/localStorageDrafts';

/** A Storage over a Map, optionally refusing writes like a full or blocked browser storage. */
function fakeStorage(refuse?: () => Error): Storage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => {
      if (refuse) throw refuse();
      items.set(key, value);
    },
  };
}

describe('localStorageDrafts', () => {
  it('saves JSON text and loads it back', async () => {
    const storage = fakeStorage();
    const drafts = localStorageDrafts({ storage: () => storage });
    await drafts.save('k', { format: 1, answers: { a: 1 } });
    expect(storage.items.get('k')).toBe('{"format":1,"answers":{"a":1}}');
    expect(await drafts.load('k')).toEqual({ format: 1, answers: { a: 1 } });
    await drafts.remove('k');
    expect(await drafts.load('k')).toBeUndefined();
  });

  it('returns stored text that is no JSON as the raw string, so it can be kept', async () => {
    const storage = fakeStorage();
    storage.items.set('k', '{"format":1,');
    expect(await localStorageDrafts({ storage: () => storage }).load('k')).toBe('{"format":1,');
  });

  it('works without localStorage: nothing to load, saving rejects as unavailable', async () => {
    const drafts = localStorageDrafts({ storage: () => undefined });
    expect(await drafts.load('k')).toBeUndefined();
    await expect(drafts.save('k', {})).rejects.toMatchObject({ name: 'DraftStorageError', reason: 'unavailable' });
    await expect(drafts.remove('k')).resolves.toBeUndefined();
  });

  it('works when touching localStorage throws (storage blocked by the browser)', async () => {
    const drafts = localStorageDrafts({
      storage: () => {
        throw new Error('SecurityError');
      },
    });
    expect(await drafts.load('k')).toBeUndefined();
    await expect(drafts.save('k', {})).rejects.toBeInstanceOf(DraftStorageError);
  });

  it('turns a quota error into DraftStorageError("quota")', async () => {
    const quota = () => Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    const drafts = localStorageDrafts({ storage: () => fakeStorage(quota) });
    await expect(drafts.save('k', { a: 1 })).rejects.toMatchObject({ reason: 'quota', message: 'localStorage is full (draft of 7 characters)' });
  });
});
