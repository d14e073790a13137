import { assembleDefinition } from './assembleDefinition';
import { checkForm } from './checkForm';
import { DefinitionError } from './DefinitionError';
import { isError } from './isError';
import type { FormFiles } from './FormFiles';
import type { FormDefinition, StepValidator } from './types';

/**
 * Checks a form's files and builds its `FormDefinition`: the form's texts merged over the shared
 * ones, the step validators attached. Throws a `DefinitionError` listing every error (warnings do not
 * stop it).
 *
 * @example
 * const files = readFormFiles('forms', 'vaem');
 * const definition = createDefinition(files, compileStepValidators(files.schema as JsonSchema));
 */
export function createDefinition(files: FormFiles, validators: Record<string, StepValidator>): FormDefinition {
  // warnings (lintRules) do not stop a form from loading
  const problems = checkForm(files).filter(isError);
  if (problems.length > 0) throw new DefinitionError(problems, `form ${files.dir}`);
  return assembleDefinition(files, validators);
}
