import { findFormDir } from '../definition/findFormDir';
import type { FormFiles } from '../definition/FormFiles';
import { loadFormWithFiles } from '../definition/loadForm';
import type { FormDefinition } from '../definition/types';
import { CliError } from './CliError';

/**
 * Loads a form for a command: `loadForm` with the files (the `test` command needs the
 * scenarios), file names relative to the working directory, and an unknown form id as a
 * `CliError`. Throws a `DefinitionError` for a form (or an Anlage it fills) with problems.
 *
 * @example
 * const { definition, files } = openForm('/…/forms', 'vaem', process.cwd());
 */
export function openForm(formsRoot: string, id: string, cwd: string): { definition: FormDefinition; files: FormFiles } {
  try {
    findFormDir(formsRoot, id);
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  return loadFormWithFiles(formsRoot, id, { displayRoot: cwd });
}
