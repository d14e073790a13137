import { computations } from '../../computed/computations';
import { parsePointer } from '../../util/pointer';
import type { DefinitionProblem } from '../DefinitionProblem';
import { conditionRoot } from './conditionRoot';
import type { FormFiles } from '../FormFiles';
import { problem } from '../problem';
import { isRecord, listing, own } from './json';
import { schemasAtDataPath } from './schemaNavigation';

/**
 * Problems of the computed values in form.json: the function must exist, every input name must
 * be one of its inputs and its required inputs mapped, every input path must be a field of the
 * answers schema, and ids must be unique.
 *
 * @example
 * checkComputed(files);
 * // [{ pointer: '/computed/0/function', rule: 'unknown-computation', message: 'unknown computation "frist"; known: widerspruchFrist' }]
 */
export function checkComputed(files: FormFiles): DefinitionProblem[] {
  const file = `${files.dir}/form.json`;
  const manifest = files.manifest;
  if (!isRecord(manifest)) return [];
  const entries = own(manifest, 'computed');
  if (!Array.isArray(entries)) return [];
  const problems: DefinitionProblem[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const at = `/computed/${index}`;
    if (!isRecord(entry)) return;
    const id = entry['id'];
    if (typeof id === 'string') {
      if (seen.has(id)) problems.push(problem('duplicate-id', file, `${at}/id`, `computed value "${id}" is declared twice`));
      seen.add(id);
    }
    const name = entry['function'];
    const computation = typeof name === 'string' ? computations[name] : undefined;
    if (computation === undefined) {
      problems.push(problem('unknown-computation', file, `${at}/function`, `unknown computation ${JSON.stringify(name)}; known: ${listing(Object.keys(computations))}`));
      return;
    }
    const inputs = isRecord(entry['inputs']) ? entry['inputs'] : {};
    const known = computation.inputs.map((input) => input.name);
    for (const [input, path] of Object.entries(inputs)) {
      if (!known.includes(input)) {
        problems.push(problem('unknown-computation', file, `${at}/inputs/${input}`, `"${name}" has no input "${input}"; known: ${listing(known)}`));
      } else if (typeof path === 'string' && path.startsWith('/$computed/')) {
        problems.push(problem('unknown-field', file, `${at}/inputs/${input}`, `a computation reads answers and /$context, not other computed values ("${path}")`));
      } else if (typeof path === 'string' && path.startsWith('/')) {
        // answers, and what the host or including form provides (/$context/…)
        const root = conditionRoot(files);
        const found = schemasAtDataPath(root, [root], parsePointer(path));
        if (!found.found) {
          problems.push(problem('unknown-field', file, `${at}/inputs/${input}`, `unknown path "${path}": no "${parsePointer(path)[found.at] ?? ''}" there; known: ${listing(found.known)}`));
        }
      }
    }
    for (const input of computation.inputs) {
      if (input.required && !(input.name in inputs)) {
        problems.push(problem('unknown-computation', file, `${at}/inputs`, `"${name}" needs the input "${input.name}"; map it to an answer`));
      }
    }
  });
  return problems;
}
