import type { DefinitionProblem } from '../DefinitionProblem';
import type { FormFiles } from '../FormFiles';
import { problem } from '../problem';
import { flowStates, ownsProperty } from './flowStates';
import { escapeToken, isRecord, listing, own } from './json';

/**
 * Problems between flow.json, schema.json and ui/: every step that owns answers (no
 * `meta.view`, or `declaration`) has the schema property of its name and a `ui/<step>.json`, and
 * every top-level schema property and every UI file belongs to such a step (decision 0001).
 *
 * @example
 * checkSteps(files);
 * // [{ file: 'forms/x/ui/umzug.json', pointer: '', message: 'missing file: step "umzug" of flow.json needs its UI schema here' }]
 */
export function checkSteps(files: FormFiles): DefinitionProblem[] {
  const states = flowStates(files.flow);
  if (states.length === 0) return [];
  const problems: DefinitionProblem[] = [];
  const owning = states.filter((state) => ownsProperty(state.role)).map((state) => state.id);
  const roleOf = new Map(states.map((state) => [state.id, state.role]));
  const schemaFile = `${files.dir}/schema.json`;
  const properties = isRecord(files.schema) ? own(files.schema, 'properties') : undefined;

  if (isRecord(properties)) {
    for (const step of owning) {
      if (!Object.prototype.hasOwnProperty.call(properties, step)) {
        problems.push(problem('step-without-property', schemaFile, '/properties', `no property "${step}": step "${step}" of flow.json owns the property of its name`));
      }
    }
    for (const name of Object.keys(properties)) {
      if (owning.includes(name)) continue;
      const role = roleOf.get(name);
      problems.push(problem(
        'property-without-step',
        schemaFile,
        `/properties/${escapeToken(name)}`,
        role === undefined
          ? `no step "${name}" in flow.json; every top-level property belongs to the step of its name; steps: ${listing(owning)}`
          : `step "${name}" is the ${role} page and owns no answers; remove the property`,
      ));
    }
  }
  for (const step of owning) {
    if (!Object.prototype.hasOwnProperty.call(files.ui, step) && !hasReadProblem(files, `ui/${step}.json`)) {
      problems.push(problem('step-without-ui', `${files.dir}/ui/${step}.json`, '', `missing file: step "${step}" of flow.json needs its UI schema here`));
    }
  }
  for (const name of Object.keys(files.ui)) {
    if (owning.includes(name)) continue;
    const role = roleOf.get(name);
    problems.push(problem(
      'ui-without-step',
      `${files.dir}/ui/${name}.json`,
      '',
      role === undefined
        ? `no step "${name}" in flow.json; steps with a UI schema: ${listing(owning)}`
        : `step "${name}" is the ${role} page and has no UI schema; remove the file`,
    ));
  }
  return problems;
}

function hasReadProblem(files: FormFiles, relativeFile: string): boolean {
  return files.problems.some((problem) => problem.file === `${files.dir}/${relativeFile}`);
}
