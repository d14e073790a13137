/**
 * A mistake in how the CLI was called (unknown command, missing file, bad JSON, unknown form):
 * printed as `formflow: <message>` with exit code 2, without a stack trace.
 *
 * @example
 * throw new CliError('unknown form "x"; known: vaem');
 */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
