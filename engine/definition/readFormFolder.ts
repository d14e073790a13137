import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { DefinitionProblem } from './DefinitionProblem';
import type { FormFiles } from './FormFiles';
import { parseJsonText } from './parseJsonText';
import { problem } from './problem';

export interface ReadFormFolderOptions {
  /** the folder with document-kinds.json and i18n/ (default: the nearest `shared/` folder above the form) */
  sharedDir?: string;
  /** problems name files relative to this folder (default: the current working directory) */
  displayRoot?: string;
}

/**
 * Reads one form folder and the shared folder into `FormFiles` (Node only). Missing files stay
 * `undefined`; unreadable or invalid JSON becomes a problem in `files.problems`. Nothing is
 * checked here: that is `checkForm`'s job.
 *
 * @example
 * const files = readFormFolder('forms/vaem', { sharedDir: 'forms/shared' });
 * files.problems; // [] when every file is valid JSON
 */
export function readFormFolder(formDir: string, options: ReadFormFolderOptions = {}): FormFiles {
  const absoluteDir = resolve(formDir);
  const sharedDir = resolve(options.sharedDir ?? nearestSharedDir(absoluteDir));
  const displayRoot = resolve(options.displayRoot ?? process.cwd());
  const display = (path: string) => displayPath(displayRoot, path);
  const problems: DefinitionProblem[] = [];

  const readJson = (path: string): unknown => {
    if (!existsSync(path)) return undefined;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      problems.push(problem('unreadable-file', display(path), '', `cannot read: ${error instanceof Error ? error.message : String(error)}`));
      return undefined;
    }
    const parsed = parseJsonText(text, display(path));
    if (parsed.ok) return parsed.value;
    problems.push(parsed.problem);
    return undefined;
  };
  const readJsonFolder = (folder: string): Record<string, unknown> => {
    const result: Record<string, unknown> = {};
    for (const name of jsonFileNames(folder)) result[basename(name, '.json')] = readJson(join(folder, name));
    return result;
  };

  return {
    dir: display(absoluteDir),
    sharedDir: display(sharedDir),
    manifest: readJson(join(absoluteDir, 'form.json')),
    schema: readJson(join(absoluteDir, 'schema.json')),
    flow: readJson(join(absoluteDir, 'flow.json')),
    ui: readJsonFolder(join(absoluteDir, 'ui')),
    i18n: readJsonFolder(join(absoluteDir, 'i18n')),
    evidence: readJson(join(absoluteDir, 'evidence.json')),
    scenarios: readJsonFolder(join(absoluteDir, 'scenarios')),
    documentKinds: readJson(join(sharedDir, 'document-kinds.json')),
    sharedI18n: readJsonFolder(join(sharedDir, 'i18n')),
    problems,
  };
}

/** `forms/shared` for `forms/vaem` and for nested forms like `forms/anlagen/kdu`. */
function nearestSharedDir(formDir: string): string {
  let dir = dirname(formDir);
  while (dir !== dirname(dir)) {
    const candidate = join(dir, 'shared');
    if (existsSync(join(candidate, 'document-kinds.json')) || existsSync(join(candidate, 'i18n'))) return candidate;
    dir = dirname(dir);
  }
  return join(formDir, '..', 'shared');
}

/** `*.json` files of a folder in name order (so problems come out in a stable order). */
function jsonFileNames(folder: string): string[] {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

/** Relative with forward slashes when inside the display root, else absolute. */
function displayPath(root: string, path: string): string {
  const relativePath = relative(root, path);
  if (relativePath === '') return '.';
  if (relativePath.startsWith('..') || resolve(root, relativePath) !== path) return path.split(sep).join('/');
  return relativePath.split(sep).join('/');
}
