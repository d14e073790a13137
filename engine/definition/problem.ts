import type { DefinitionProblem } from './DefinitionProblem';
import { lintRules, type RuleId } from './lintRules';

/**
 * A problem of rule `rule`, with the severity `lintRules` gives that rule.
 *
 * @example
 * problem('unknown-step', 'forms/x/flow.json', '/initial', 'unknown step "start"; known: a, b');
 * // { file: 'forms/x/flow.json', pointer: '/initial', rule: 'unknown-step', severity: 'error', message: 'unknown step "start"; known: a, b' }
 */
export function problem(rule: RuleId, file: string, pointer: string, message: string, fix?: string): DefinitionProblem {
  return { file, pointer, rule, severity: lintRules[rule].severity, message, ...(fix === undefined ? {} : { fix }) };
}
