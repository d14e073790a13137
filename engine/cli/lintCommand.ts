import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { checkForm } from '../definition/checkForm';
import { checkFormLinks } from '../definition/checks/checkFormLinks';
import type { DefinitionProblem } from '../definition/DefinitionProblem';
import { formatProblem } from '../definition/formatProblem';
import { isError } from '../definition/isError';
import { listForms } from '../definition/listForms';
import { problem } from '../definition/problem';
import { readFormFolder } from '../definition/readFormFolder';
import { toSarif } from '../lint/toSarif';
import { CliError } from './CliError';
import type { CliArgs, CliIo } from './CliIo';

export const LINT_FORMATS = ['text', 'json', 'sarif'] as const;

/**
 * `formflow lint [dir] [--format text|json|sarif]`: checks every form below a forms folder
 * (default `--forms`, `forms`), or the one form in `dir` when it has a form.json. Text output is
 * one `file#pointer: rule-id: message (fix)` line per finding (` [warning]` after the rule id of
 * a warning) and a count on stderr, or `N forms, no problems`; `json` prints the findings as an
 * array, `sarif` as a SARIF 2.1.0 log. Exits 1 when there is an error, else 0 (warnings too).
 *
 * @example
 * await lintCommand({ positionals: ['forms'], formsRoot: '/…/forms' }, io); // 0
 */
export async function lintCommand(args: CliArgs, io: CliIo): Promise<number> {
  const format = args.format ?? 'text';
  if (!(LINT_FORMATS as readonly string[]).includes(format)) throw new CliError(`unknown --format "${format}"; known: ${LINT_FORMATS.join(', ')}`);
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

  // forms share files (forms/shared): a finding there is found once per form but listed once
  const findings = new Map<string, DefinitionProblem>();
  const add = (found: DefinitionProblem) => {
    const line = formatProblem(found);
    if (!findings.has(line)) findings.set(line, found);
  };
  // links into other forms are checked against every form of the forms root
  const formIds = formIdsOf(single ? args.formsRoot : target);
  for (const form of forms) {
    const files = readFormFolder(form.dir, { displayRoot: io.cwd, ...(single ? {} : { sharedDir: join(target, 'shared') }) });
    checkForm(files).forEach(add);
    if (formIds !== undefined) checkFormLinks(files, formIds).forEach(add);
  }
  if (!single) duplicateIds(forms, io.cwd).forEach(add);
  const problems = [...findings.values()];
  const failed = problems.some(isError);

  if (format === 'sarif' || format === 'json') {
    const output = format === 'sarif' ? toSarif(problems, (file) => readText(resolve(io.cwd, file))) : problems;
    io.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    return failed ? 1 : 0;
  }
  const count = forms.length === 1 ? '1 form' : `${forms.length} forms`;
  if (problems.length === 0) {
    io.stdout.write(`${count}, no problems\n`);
    return 0;
  }
  io.stdout.write([...findings.keys()].map((line) => `${line}\n`).join(''));
  const warnings = problems.filter((found) => !isError(found)).length;
  const total = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const ofThem = warnings === 0 ? '' : ` (${warnings === 1 ? '1 warning' : `${warnings} warnings`})`;
  io.stderr.write(`${total}${ofThem} in ${count}\n`);
  return failed ? 1 : 0;
}

/** Two folders whose form.json declare the same id: the second cannot be addressed. */
function duplicateIds(forms: { id: string; dir: string }[], cwd: string): DefinitionProblem[] {
  const seen = new Map<string, string>();
  const problems: DefinitionProblem[] = [];
  for (const form of forms) {
    const file = relative(cwd, join(form.dir, 'form.json')).split(sep).join('/');
    const earlier = seen.get(form.id);
    if (earlier === undefined) {
      seen.set(form.id, file);
      continue;
    }
    // only ids declared in a readable form.json count; a folder-name fallback cannot clash meaningfully
    if (readId(join(form.dir, 'form.json')) === form.id) {
      problems.push(problem('duplicate-form-id', file, '/id', `form id "${form.id}" is already used by ${earlier}`));
    }
  }
  return problems;
}

function readId(file: string): unknown {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { id?: unknown }).id;
  } catch {
    return undefined;
  }
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The ids of the forms below a forms root, or undefined when there is none to check links against. */
function formIdsOf(formsRoot: string): string[] | undefined {
  try {
    return listForms(formsRoot).map((form) => form.id);
  } catch {
    return undefined;
  }
}
