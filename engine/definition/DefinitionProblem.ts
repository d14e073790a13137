/**
 * A form author's mistake, found by `checkForm`: which file, where in it, which rule it breaks,
 * how bad it is and what to do. Problems are collected, never thrown one at a time, so an author
 * sees all of them at once.
 *
 * @example
 * const problem: DefinitionProblem = {
 *   file: 'forms/vaem/flow.json',
 *   pointer: '/states/x/on/NEXT/0/target',
 *   rule: 'unknown-step',
 *   severity: 'error',
 *   message: 'unknown step "y"; known: a, b',
 * };
 */
export interface DefinitionProblem {
  /** path of the file relative to the project, e.g. `forms/vaem/flow.json` */
  file: string;
  /** JSON pointer into the file (`''` for the whole file) */
  pointer: string;
  message: string;
  /**
   * stable kebab-case id of the rule (`lintRules` lists them all); every problem `checkForm`
   * finds has one, problems of other data files (e.g. deadline rules) may have none
   */
  rule?: string;
  /** `error` blocks loading the form and fails `formflow lint`; `warning` does neither. Missing means error. */
  severity?: 'error' | 'warning';
  /** how to fix it, when the message does not already say so */
  fix?: string;
}
