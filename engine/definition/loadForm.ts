import { includedAnlagen } from '../modules/includedAnlagen';
import { withAnlagen } from '../modules/withAnlagen';
import { compileStepValidators } from '../validation/compileStepValidators';
import { assembleDefinition } from './assembleDefinition';
import { checkForm } from './checkForm';
import { DefinitionError } from './DefinitionError';
import type { FormFiles } from './FormFiles';
import { isError } from './isError';
import { listForms } from './listForms';
import { readFormFiles } from './readFormFiles';
import type { FormDefinition, JsonSchema } from './types';

/**
 * Reads, checks and assembles the form `id` below `formsRoot`, compiling its step validators
 * in memory (Node only: CLI, tests, scenario runs). A form with an Anlagen step also gets the
 * Anlagen it fills as modules (see includedAnlagen), each loaded the same way. Throws a
 * `DefinitionError` listing every error-severity problem; warnings do not stop loading.
 *
 * @example
 * const hauptantrag = loadForm('forms', 'hauptantrag');
 * Object.keys(hauptantrag.modules ?? {}); // ['WEP', 'KI', 'EK', …]
 */
export function loadForm(formsRoot: string, id: string): FormDefinition {
  return loadFormWithFiles(formsRoot, id).definition;
}

/**
 * `loadForm` that also hands back the form's own files (the scenarios are in them); problems
 * name files relative to `displayRoot` (default: the working directory).
 *
 * @example
 * const { definition, files } = loadFormWithFiles('forms', 'vaem', { displayRoot: process.cwd() });
 */
export function loadFormWithFiles(formsRoot: string, id: string, options: { displayRoot?: string } = {}): { definition: FormDefinition; files: FormFiles } {
  const files = readFormFiles(formsRoot, id, options);
  // warnings (lintRules) do not stop a form from loading
  const problems = checkForm(files).filter(isError);
  if (problems.length > 0) throw new DefinitionError(problems, `form ${files.dir}`);
  // checked first: compiling an unchecked schema would fail with ajv's less helpful messages
  const definition = assembleDefinition(files, compileStepValidators(files.schema as JsonSchema));
  const kinds = new Map(listForms(formsRoot).map((form) => [form.id, form.kind]));
  const modules: Record<string, FormDefinition> = {};
  for (const { code, id: moduleId } of includedAnlagen(definition.manifest, definition.flow, (known) => kinds.get(known))) {
    modules[code] = loadFormWithFiles(formsRoot, moduleId, options).definition;
  }
  return { definition: withAnlagen(definition, modules), files };
}
