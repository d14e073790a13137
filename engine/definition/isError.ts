import type { DefinitionProblem } from './DefinitionProblem';

/**
 * True for a problem that blocks loading the form: every problem but a warning (a problem
 * without a severity counts as an error).
 *
 * @example
 * checkForm(files).filter(isError); // what createDefinition would throw for
 */
export function isError(problem: DefinitionProblem): boolean {
  return problem.severity !== 'warning';
}
