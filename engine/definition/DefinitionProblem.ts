/**
 * A form author's mistake, found by `checkForm`: which file, where in it, and what to do.
 * Problems are collected, never thrown one at a time, so an author sees all of them at once.
 *
 * @example
 * const problem: DefinitionProblem = {
 *   file: 'forms/vaem/flow.json',
 *   pointer: '/states/x/on/NEXT/0/target',
 *   message: 'unknown step "y"; known: a, b',
 * };
 */
export interface DefinitionProblem {
  /** path of the file relative to the project, e.g. `forms/vaem/flow.json` */
  file: string;
  /** JSON pointer into the file (`''` for the whole file) */
  pointer: string;
  message: string;
}
