import type { FormManifest } from '../definition/types';
import { getAt } from '../util/pointer';
import { computations } from './computations';

/**
 * The form's computed values for these answers, by id; a value that cannot be computed yet
 * (answers missing or invalid) is left out. An unknown function is a definition error, which
 * the lint reports before a form ever runs.
 *
 * @example
 * computeValues(manifest, { bescheid: { zustellung: 'brief', versanddatum: '2025-03-10', … } }, '2025-03-20');
 * // { frist: { deadline: '2025-04-14', late: false, … } }
 */
export function computeValues(manifest: FormManifest, answers: Record<string, unknown>, today: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const entry of manifest.computed ?? []) {
    const computation = computations[entry.function];
    if (computation === undefined) {
      throw new Error(`forms/${manifest.id}/form.json: unknown computation "${entry.function}"; known: ${Object.keys(computations).join(', ')}`);
    }
    const inputs = Object.fromEntries(Object.entries(entry.inputs).map(([name, path]) => [name, getAt(answers, path)]));
    const value = computation.run(inputs, today, entry.options ?? {});
    if (value !== undefined) values[entry.id] = value;
  }
  return values;
}
