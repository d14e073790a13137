import type { Answers } from '../definition/types';
import { ANLAGEN_KEY } from '../modules/resolveStep';

/**
 * An id for a person added to the household: `p` and a number above every one in use, in the
 * list, as an Anlage instance's key in the answers or as a person the host already knows (in the
 * context) — so a new person never inherits the Anlage answers of someone removed before, nor
 * the id of someone the jobcenter knows. `p0` is the applicant's.
 *
 * @example
 * freshPersonId([{ id: 'p1' }, { id: 'p4' }], { anlagen: { EK: { p0: {}, p6: {} } } }); // 'p7'
 */
export function freshPersonId(items: readonly unknown[], answers: Answers, context?: Record<string, unknown>): string {
  const used = new Set<string>();
  // persons the host already knows (the WBA's household from the jobcenter) keep their ids
  collectIds(context, used);
  for (const item of items) {
    const id = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)['id'] : undefined;
    if (typeof id === 'string') used.add(id);
  }
  const anlagen = answers[ANLAGEN_KEY];
  if (typeof anlagen === 'object' && anlagen !== null) {
    for (const instances of Object.values(anlagen)) {
      if (typeof instances === 'object' && instances !== null) for (const key of Object.keys(instances)) used.add(key);
    }
  }
  let highest = 0;
  for (const id of used) {
    const match = /^p(\d+)$/.exec(id);
    if (match !== null) highest = Math.max(highest, Number(match[1]));
  }
  return `p${highest + 1}`;
}

function collectIds(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectIds(item, into);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'id' && typeof inner === 'string') into.add(inner);
    else collectIds(inner, into);
  }
}
