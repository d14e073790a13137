import type { DefinitionProblem } from '../DefinitionProblem';
import type { FormFiles } from '../FormFiles';
import { problem } from '../problem';
import { flowStates, ownsProperty } from './flowStates';
import { isRecord, listing, own } from './json';

/**
 * Problems of form.json `vordruck`: each of its steps must be a step of flow.json that asks
 * questions (a blank copy of the Nachweis checklist or the summary would be empty).
 *
 * @example
 * checkVordruck(files);
 * // [{ file: 'forms/anlagen/eb/form.json', pointer: '/vordruck/steps/1', rule: 'unknown-step', message: 'unknown step "lohn"; known: …' }]
 */
export function checkVordruck(files: FormFiles): DefinitionProblem[] {
  const vordruck = isRecord(files.manifest) ? own(files.manifest, 'vordruck') : undefined;
  const steps = isRecord(vordruck) ? own(vordruck, 'steps') : undefined;
  if (!Array.isArray(steps)) return [];
  const asking = flowStates(files.flow).filter((state) => ownsProperty(state.role)).map((state) => state.id);
  if (asking.length === 0) return [];
  return steps.flatMap((step, index) =>
    typeof step === 'string' && !asking.includes(step)
      ? [problem('unknown-step', `${files.dir}/form.json`, `/vordruck/steps/${index}`, `unknown step "${step}"; known: ${listing(asking)}`)]
      : [],
  );
}
