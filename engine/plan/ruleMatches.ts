import { resolvePath } from '../conditions/resolvePath';
import type { Condition, ConditionScope } from '../conditions/types';
import { evaluate } from '../conditions/evaluate';

/** Where a rule holds: once (`item` undefined) or for the item at that index of its array. */
export interface RuleMatch {
  item?: number;
  /** the item itself (e.g. the person), for per-item rules */
  value?: unknown;
}

/**
 * Evaluates a rule's `when` once, or, with `forEach`, once per item of the array at that pointer
 * with `./` paths read from the item. A missing array has no items.
 *
 * @example
 * ruleMatches({ forEach: '/haushalt/personen', when }, scope); // [{ item: 0, value: {…} }, { item: 2, value: {…} }]
 */
export function ruleMatches(rule: { forEach?: string; when: Condition }, scope: ConditionScope): RuleMatch[] {
  if (rule.forEach === undefined) {
    return evaluate(rule.when, scope) ? [{}] : [];
  }
  const items = resolvePath(rule.forEach, scope);
  if (!Array.isArray(items)) return [];
  const matches: RuleMatch[] = [];
  items.forEach((item: unknown, index) => {
    if (evaluate(rule.when, { answers: scope.answers, item, today: scope.today })) matches.push({ item: index, value: item });
  });
  return matches;
}
