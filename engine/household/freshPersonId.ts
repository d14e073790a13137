import type { Answers } from '../definition/types';
import { ANLAGEN_KEY } from '../modules/resolveStep';

/**
 * An id for a person added to the household: `p` and a number above every one in use, in the
 * list or as an Anlage instance's key in the answers — so a new person never inherits the
 * Anlage answers of someone removed before. `p0` is the applicant's.
 *
 * @example
 * freshPersonId([{ id: 'p1' }, { id: 'p4' }], { anlagen: { EK: { p0: {}, p6: {} } } }); // 'p7'
 */
export function freshPersonId(items: readonly unknown[], answers: Answers): string {
  const used = new Set<string>();
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
