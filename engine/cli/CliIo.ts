/** Where a command writes and which folder it runs in; a test passes its own. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
}

/** The parsed command line a command gets. */
export interface CliArgs {
  /** positional arguments after the command name */
  positionals: string[];
  /** the forms folder (`--forms`, default `forms`), resolved against the working directory */
  formsRoot: string;
  /** `--today YYYY-MM-DD`, if given */
  today?: string;
  /** `-o`/`--out`, if given */
  out?: string;
  /** `--format text|json|sarif` (lint) */
  format?: string;
  /** `--max N` (paths): at most this many paths */
  max?: number;
  /** `--locale de|en` (graph) */
  locale?: string;
  /** `--check` (docs): compare instead of writing */
  check?: boolean;
}
