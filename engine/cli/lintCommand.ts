import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { checkForm } from '../definition/checkForm';
import { formatProblem } from '../definition/formatProblem';
import { listForms } from '../definition/listForms';
import { readFormFolder } from '../definition/readFormFolder';
import { CliError } from './CliError';
import type { CliArgs, CliIo } from './CliIo';

/**
 * `formflow lint [dir]`: checks every form below a forms folder (default `--forms`, `forms`), or
 * the one form in `dir` when it has a form.json. Prints one `file#pointer: message` line per
 * problem and exits 1, or prints `N forms, no problems` and exits 0.
 *
 * @example
 * await lintCommand({ positionals: ['forms'], formsRoot: '/…/forms' }, io); // 0
 */
export async function lintCommand(args: CliArgs, io: CliIo): Promise<number> {
  const target = args.positionals[0] === undefined ? args.formsRoot : resolve(io.cwd, args.positionals[0]);
  if (!existsSync(target)) throw new CliError(`folder "${args.positionals[0] ?? relative(io.cwd, target)}" does not exist`);
  const single = existsSync(join(target, 'form.json'));
  let forms: { id: string; dir: string }[];
  try {
    forms = single ? [{ id: target, dir: target }] : listForms(target);
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  if (forms.length === 0) throw new CliError(`no form below "${relative(io.cwd, target) || '.'}": a form is a folder with a form.json`);

  const lines = new Set<string>();
  for (const form of forms) {
    const files = readFormFolder(form.dir, { displayRoot: io.cwd, ...(single ? {} : { sharedDir: join(target, 'shared') }) });
    for (const problem of checkForm(files)) lines.add(formatProblem(problem));
  }
  if (!single) for (const line of duplicateIds(forms, io.cwd)) lines.add(line);

  const count = forms.length === 1 ? '1 form' : `${forms.length} forms`;
  if (lines.size === 0) {
    io.stdout.write(`${count}, no problems\n`);
    return 0;
  }
  io.stdout.write([...lines].map((line) => `${line}\n`).join(''));
  io.stderr.write(`${lines.size === 1 ? '1 problem' : `${lines.size} problems`} in ${count}\n`);
  return 1;
}

/** Two folders whose form.json declare the same id: the second cannot be addressed. */
function duplicateIds(forms: { id: string; dir: string }[], cwd: string): string[] {
  const seen = new Map<string, string>();
  const lines: string[] = [];
  for (const form of forms) {
    const file = relative(cwd, join(form.dir, 'form.json')).split(sep).join('/');
    const earlier = seen.get(form.id);
    if (earlier === undefined) {
      seen.set(form.id, file);
      continue;
    }
    // only ids declared in a readable form.json count; a folder-name fallback cannot clash meaningfully
    if (readId(join(form.dir, 'form.json')) === form.id) {
      lines.push(formatProblem({ file, pointer: '/id', message: `form id "${form.id}" is already used by ${earlier}` }));
    }
  }
  return lines;
}

function readId(file: string): unknown {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { id?: unknown }).id;
  } catch {
    return undefined;
  }
}
