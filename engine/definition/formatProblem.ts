import type { DefinitionProblem } from './DefinitionProblem';

/**
 * One problem as one line: `file#pointer: rule-id: message (fix)`. A warning has ` [warning]`
 * after the rule id; a problem of the whole file leaves out `#pointer`; `(fix)` is there when the
 * problem has a fix apart from its message; a problem without a rule id (data files outside a
 * form) is `file#pointer: message`.
 *
 * @example
 * formatProblem({ file: 'forms/vaem/flow.json', pointer: '/states/x/on/NEXT/0/target', rule: 'unknown-step', severity: 'error', message: 'unknown step "y"; known: a, b' });
 * // 'forms/vaem/flow.json#/states/x/on/NEXT/0/target: unknown-step: unknown step "y"; known: a, b'
 * formatProblem({ file: 'forms/vaem/i18n/de.json', pointer: '/a', rule: 'text-equals-key', severity: 'warning', message: 'the text is its key "a"', fix: 'write the text' });
 * // 'forms/vaem/i18n/de.json#/a: text-equals-key [warning]: the text is its key "a" (write the text)'
 */
export function formatProblem(problem: DefinitionProblem): string {
  const where = problem.pointer === '' ? problem.file : `${problem.file}#${problem.pointer}`;
  const rule = problem.rule === undefined ? '' : `${problem.rule}${problem.severity === 'warning' ? ' [warning]' : ''}: `;
  const fix = problem.fix === undefined ? '' : ` (${problem.fix})`;
  return `${where}: ${rule}${problem.message}${fix}`;
}
