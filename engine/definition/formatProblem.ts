import type { DefinitionProblem } from './DefinitionProblem';

/**
 * One problem as one line: `file#pointer: message` (`file: message` for the whole file).
 *
 * @example
 * formatProblem({ file: 'forms/vaem/flow.json', pointer: '/states/x/on/NEXT/0/target', message: 'unknown step "y"; known: a, b' });
 * // 'forms/vaem/flow.json#/states/x/on/NEXT/0/target: unknown step "y"; known: a, b'
 */
export function formatProblem(problem: DefinitionProblem): string {
  const where = problem.pointer === '' ? problem.file : `${problem.file}#${problem.pointer}`;
  return `${where}: ${problem.message}`;
}
