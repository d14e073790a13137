import { join } from 'node:path';
import { findFormDir } from './findFormDir';
import type { FormFiles } from './FormFiles';
import { readFormFolder, type ReadFormFolderOptions } from './readFormFolder';

/**
 * Reads the files of the form `id` below `formsRoot` and the shared files in
 * `<formsRoot>/shared` (Node only). Unknown form ids throw; file problems are data in
 * `files.problems`.
 *
 * @example
 * const files = readFormFiles('forms', 'vaem');
 * checkForm(files); // []
 */
export function readFormFiles(formsRoot: string, id: string, options: Pick<ReadFormFolderOptions, 'displayRoot'> = {}): FormFiles {
  return readFormFolder(findFormDir(formsRoot, id), { ...options, sharedDir: join(formsRoot, 'shared') });
}
