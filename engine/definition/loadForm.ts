import { compileStepValidators } from '../validation/compileStepValidators';
import { assembleDefinition } from './assembleDefinition';
import { checkForm } from './checkForm';
import { DefinitionError } from './DefinitionError';
import { isError } from './isError';
import { readFormFiles } from './readFormFiles';
import type { FormDefinition, JsonSchema } from './types';

/**
 * Reads, checks and loads the form `id` below `formsRoot`, with validators compiled by ajv at
 * run time (Node only: CLI, tests). Throws a `DefinitionError` listing every problem, or an
 * `Error` for an unknown form id.
 *
 * @example
 * const definition = loadForm('forms', 'vaem');
 * definition.validators.person!({}); // [{ code: 'required', path: '/person/vorname', … }, …]
 */
export function loadForm(formsRoot: string, id: string): FormDefinition {
  const files = readFormFiles(formsRoot, id);
  // warnings (lintRules) do not stop a form from loading
  const problems = checkForm(files).filter(isError);
  if (problems.length > 0) throw new DefinitionError(problems, `form ${files.dir}`);
  // checked first: compiling an unchecked schema would fail with ajv's less helpful messages
  return assembleDefinition(files, compileStepValidators(files.schema as JsonSchema));
}
