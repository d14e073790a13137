import type { DefinitionProblem } from './DefinitionProblem';
import { formatProblem } from './formatProblem';

/**
 * Thrown when a form definition has problems; the message lists every problem on its own line
 * (`file#pointer: message`), `problems` keeps them as data.
 *
 * @example
 * try {
 *   createDefinition(files, validators);
 * } catch (error) {
 *   if (error instanceof DefinitionError) console.error(error.problems.map(formatProblem).join('\n'));
 * }
 */
export class DefinitionError extends Error {
  readonly problems: readonly DefinitionProblem[];

  constructor(problems: readonly DefinitionProblem[], subject = 'form definition') {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`${subject} has ${count}:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'DefinitionError';
    this.problems = problems;
  }
}
