import type { FormDefinition } from '../definition/types';
import type { AnlageInstance, PlannedAnlage } from '../plan/types';
import { getAt } from '../util/pointer';

/**
 * One instance per Anlage and key that the rules bring in and the form includes as a module, in
 * the order first brought in (two rules naming the same person make one instance). Each gets
 * its context: `person` (the matched item), each `anlagenContext` entry read from the answers as
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
      context: value === undefined ? { ...shared } : { ...shared, person: value },
      rules: [planned.rule],
      ...(person === undefined ? {} : { person }),
    });
  }
  return [...instances.values()];
}
