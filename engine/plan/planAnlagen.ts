import type { ConditionScope } from '../conditions/types';
import type { AnlageRule } from '../definition/types';
import { ruleMatches } from './ruleMatches';
import type { PlannedAnlage } from './types';

/**
 * The Anlagen the answers bring in, in rule order (per-item rules in item order). Pass the
 * pruned answers: an abandoned branch must not bring an Anlage.
 *
 * @example
 * planAnlagen([{ id: 'umzug-kdu', anlage: 'KDU', when, reason: 'anlagen.umzug-kdu' }], scope);
 * // [{ anlage: 'KDU', rule: 'umzug-kdu', reason: 'anlagen.umzug-kdu' }]
 */
export function planAnlagen(rules: readonly AnlageRule[], scope: ConditionScope): PlannedAnlage[] {
  return rules.flatMap((rule) =>
    ruleMatches(rule, scope).map(({ item }) => ({
      anlage: rule.anlage,
      rule: rule.id,
      ...(item === undefined ? {} : { item }),
      reason: rule.reason,
    })),
  );
}
