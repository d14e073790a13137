import { assembleDefinition } from '../definition/assembleDefinition';
import { checkForm } from '../definition/checkForm';
import { isError } from '../definition/isError';
import { DefinitionError } from '../definition/DefinitionError';
import { findFormDir } from '../definition/findFormDir';
import type { FormFiles } from '../definition/FormFiles';
import { readFormFolder } from '../definition/readFormFolder';
import type { FormDefinition, JsonSchema } from '../definition/types';
import { join } from 'node:path';
import { compileStepValidators } from '../validation/compileStepValidators';
import { CliError } from './CliError';

/**
 * Loads a form for a command: like `loadForm`, but also hands back the files (the `test`
 * command needs the scenarios), names files relative to the working directory, and turns an
 * unknown form id into a `CliError`. Throws a `DefinitionError` for a form with problems.
 *
 * @example
 * const { definition, files } = openForm('/…/forms', 'vaem', process.cwd());
 */
export function openForm(formsRoot: string, id: string, cwd: string): { definition: FormDefinition; files: FormFiles } {
  let dir: string;
  try {
    dir = findFormDir(formsRoot, id);
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  const files = readFormFolder(dir, { sharedDir: join(formsRoot, 'shared'), displayRoot: cwd });
  const problems = checkForm(files).filter(isError);
  if (problems.length > 0) throw new DefinitionError(problems, `form ${files.dir}`);
  return { definition: assembleDefinition(files, compileStepValidators(files.schema as JsonSchema)), files };
}
