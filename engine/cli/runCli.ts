import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DefinitionError } from '../definition/DefinitionError';
import { CliError } from './CliError';
import type { CliArgs, CliIo } from './CliIo';
import { docsCommand } from './docsCommand';
import { graphCommand } from './graphCommand';
import { lintCommand } from './lintCommand';
import { pathsCommand } from './pathsCommand';
import { pdfCommand } from './pdfCommand';
import { planCommand } from './planCommand';
import { testCommand } from './testCommand';
import { validateCommand } from './validateCommand';

const commands: Record<string, (args: CliArgs, io: CliIo) => Promise<number>> = {
  lint: lintCommand,
  plan: planCommand,
  validate: validateCommand,
  pdf: pdfCommand,
  test: testCommand,
  paths: pathsCommand,
  graph: graphCommand,
  docs: docsCommand,
};

export const USAGE = `Usage: formflow <command> [options]

Commands:
  lint [dir] [--format text|json|sarif]
                                      check the form definitions below dir (default: the forms folder) or one
                                      form folder; docs/lint-rules.md explains every rule
  plan <form> <answers.json>          print the plan for the answers as JSON
  validate <form> <answers.json>      print the validation issues of every step on the path as JSON
  pdf <form> <answers.json> -o <file> write the E-Akte copy of the answers
  test [form]                         run the scenario files of one form or of all forms
  paths <form> [--max N]              print the paths through the form and the scenarios' coverage as JSON;
                                      exit 1 when a step is reached by no scenario
  graph <form> [-o file] [--locale de|en]
                                      print (or write) the flow as a Mermaid flowchart
  docs [-o dir] [--check]             write docs/forms (one page per form); --check only compares

Options:
  --forms <dir>        the folder with the form folders (default: forms)
  --today <YYYY-MM-DD> the application date (default: a scenario file's date, else today)
  -o, --out <file>     where pdf, graph and docs write
  --format <format>    how lint prints its findings: text (default), json or sarif (SARIF 2.1.0)
  -h, --help           show this help

An answers file is a JSON object with one property per step, or a scenario file.
Exit codes: 0 fine, 1 problems found (definition errors, invalid answers, failed scenarios), 2 wrong use.
Lint findings are "file#pointer: rule-id: message (fix)"; warnings say "rule-id [warning]" and do not fail.
`;

/**
 * Runs the formflow command line and returns the exit code. Problems of what it checks are
 * output and exit code 1; wrong use (unknown command or form, missing or invalid file) is one
 * `formflow: …` line on stderr and exit code 2.
 *
 * @example
 * process.exitCode = await runCli(['lint'], { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        forms: { type: 'string' },
        today: { type: 'string' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
        format: { type: 'string' },
        max: { type: 'string' },
        locale: { type: 'string' },
        check: { type: 'boolean' },
      },
    });
    const [name, ...rest] = positionals;
    if (values.help || name === undefined || name === 'help') {
      (name === undefined && !values.help ? io.stderr : io.stdout).write(USAGE);
      return name === undefined && !values.help ? 2 : 0;
    }
    const command = Object.prototype.hasOwnProperty.call(commands, name) ? commands[name] : undefined;
    if (!command) throw new CliError(`unknown command "${name}"; known: ${Object.keys(commands).join(', ')}`);
    if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
      throw new CliError(`--today must be a date YYYY-MM-DD; got "${values.today}"`);
    }
    if (values.format !== undefined && name !== 'lint') throw new CliError('--format is an option of lint only');
    const max = values.max === undefined ? undefined : Number(values.max);
    if (max !== undefined && (!Number.isInteger(max) || max < 1)) throw new CliError(`--max must be a whole number above 0; got "${values.max}"`);
    const args: CliArgs = {
      positionals: rest,
      formsRoot: resolve(io.cwd, values.forms ?? 'forms'),
      ...(values.today !== undefined ? { today: values.today } : {}),
      ...(values.out !== undefined ? { out: values.out } : {}),
      ...(values.format !== undefined ? { format: values.format } : {}),
      ...(max !== undefined ? { max } : {}),
      ...(values.locale !== undefined ? { locale: values.locale } : {}),
      ...(values.check ? { check: true } : {}),
    };
    return await command(args, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`formflow: ${error.message}\n`);
      return 2;
    }
    if (error instanceof DefinitionError) {
      io.stderr.write(`formflow: ${error.message}\n`);
      return 1;
    }
    // parseArgs reports unknown options and missing option values with a code of its own
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`formflow: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
