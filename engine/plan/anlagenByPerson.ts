import type { PlannedAnlage } from './types';

/** The Anlagen of one person (or of the household), each with the reasons it is needed. */
export interface AnlagenGroup {
  /** the instance key: a person's id, `bg` for the household */
  key: string;
  /** the person's name; absent for the household and for items without a name */
  person?: string;
  alter?: number;
  /** the item's position, for per-item rules on items without a name ("Person 2") */
  item?: number;
  anlagen: { anlage: string; reasons: string[] }[];
}

/**
 * The Anlagen plan as the citizen reads it: per person in household order (by item), then the
 * household's; each Anlage once per person with every reason (i18n keys) that brought it in.
 *
 * @example
 * anlagenByPerson(plan.anlagen);
 * // [{ key: 'p0', person: 'Anna Wolf', alter: 36, item: 0, anlagen: [{ anlage: 'EK', reasons: ['anlagen.ek'] }] },
 * //  { key: 'p2', person: 'Ben Wolf', alter: 9, item: 2, anlagen: [{ anlage: 'KI', reasons: ['anlagen.ki'] }] },
 * //  { key: 'bg', anlagen: [{ anlage: 'KDU', reasons: ['anlagen.kdu'] }, { anlage: 'VM', reasons: ['anlagen.vm'] }] }]
 */
export function anlagenByPerson(anlagen: readonly PlannedAnlage[]): AnlagenGroup[] {
  const groups = new Map<string, AnlagenGroup>();
  for (const planned of anlagen) {
    let group = groups.get(planned.key);
    if (group === undefined) {
      group = {
        key: planned.key,
        ...(planned.person === undefined ? {} : { person: planned.person }),
        ...(planned.alter === undefined ? {} : { alter: planned.alter }),
        ...(planned.item === undefined ? {} : { item: planned.item }),
        anlagen: [],
      };
      groups.set(planned.key, group);
    }
    const known = group.anlagen.find((entry) => entry.anlage === planned.anlage);
    if (known === undefined) group.anlagen.push({ anlage: planned.anlage, reasons: [planned.reason] });
    else if (!known.reasons.includes(planned.reason)) known.reasons.push(planned.reason);
  }
  const all = [...groups.values()];
  // persons in household order (the applicant first), then the household's Anlagen
  const persons = all.filter((group) => group.item !== undefined).sort((a, b) => (a.item ?? 0) - (b.item ?? 0));
  return [...persons, ...all.filter((group) => group.item === undefined)];
}
