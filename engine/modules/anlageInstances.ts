import type { FormDefinition } from '../definition/types';
import type { AnlageInstance, PlannedAnlage } from '../plan/types';
import { wholeYearsBetween } from '../util/dates';
import { getAt } from '../util/pointer';

/**
 * One instance per Anlage and key that the rules bring in and the form includes as a module, in
 * the order first brought in (two rules naming the same person make one instance). Each gets
 * its context: `person` (the matched item, with its age added when it has only a date of birth), each `anlagenContext` entry read from the answers as
 * conditions see them, and `antragsdatum`.
 *
 * @example
 * anlageInstances(hauptantrag, matches, seen, '2026-03-10');
 * // [{ anlage: 'EK', key: 'p0', rules: ['ek'], person: 'Anna Wolf', context: { person: {…}, haushalt: {…}, antragsdatum: '2026-03-10' } }, …]
 */
export function anlageInstances(
  definition: FormDefinition,
  matches: readonly { planned: PlannedAnlage; value?: unknown }[],
  seen: Record<string, unknown>,
  today: string,
): AnlageInstance[] {
  const modules = definition.modules ?? {};
  const shared: Record<string, unknown> = { antragsdatum: today };
  for (const [name, pointer] of Object.entries(definition.manifest.anlagenContext ?? {})) {
    const value = getAt(seen, pointer);
    if (value !== undefined) shared[name] = value;
  }
  const instances = new Map<string, AnlageInstance>();
  for (const { planned, value } of matches) {
    if (!Object.prototype.hasOwnProperty.call(modules, planned.anlage)) continue;
    const id = `${planned.anlage}:${planned.key}`;
    const known = instances.get(id);
    if (known !== undefined) {
      if (!known.rules.includes(planned.rule)) known.rules.push(planned.rule);
      continue;
    }
    const person = planned.person;
    instances.set(id, {
      anlage: planned.anlage,
      key: planned.key,
      context: value === undefined ? { ...shared } : { ...shared, person: withAge(value, today) },
      rules: [planned.rule],
      ...(person === undefined ? {} : { person }),
    });
  }
  return [...instances.values()];
}

/**
 * The person as an Anlage reads it: a list item without `alter` (the VÄM's people moving in)
 * gets its age at the application date from its `geburtsdatum`, so Anlagen may rely on it.
 */
function withAge(value: unknown, today: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const person = value as Record<string, unknown>;
  if (person['alter'] !== undefined) return value;
  const alter = wholeYearsBetween(person['geburtsdatum'], today);
  return alter === undefined || alter < 0 ? value : { ...person, alter };
}
