import type { ConditionScope } from '../conditions/types';
import type { AnlageRule } from '../definition/types';
import { personName } from '../household/personName';
import { isRecord } from '../util/isRecord';
import { ruleMatches } from './ruleMatches';
import type { PlannedAnlage } from './types';

/**
 * The Anlagen the answers bring in, in rule order (per-item rules in item order). Pass the
 * pruned answers: an abandoned branch must not bring an Anlage.
 *
 * @example
 * planAnlagen([{ id: 'umzug-kdu', anlage: 'KDU', when, reason: 'anlagen.umzug-kdu' }], scope);
 * // [{ anlage: 'KDU', rule: 'umzug-kdu', key: 'bg', reason: 'anlagen.umzug-kdu' }]
 */
export function planAnlagen(rules: readonly AnlageRule[], scope: ConditionScope): PlannedAnlage[] {
  return anlageMatches(rules, scope).map(({ planned }) => planned);
}

/** The planned Anlagen with the item each per-item rule matched (the person an instance is for). */
export function anlageMatches(rules: readonly AnlageRule[], scope: ConditionScope): { planned: PlannedAnlage; value?: unknown }[] {
  return rules.flatMap((rule) =>
    ruleMatches(rule, scope).map(({ item, value }) => ({
      planned: {
        anlage: rule.anlage,
        rule: rule.id,
        ...(item === undefined ? {} : { item }),
        key: instanceKey(item, value),
        ...personOf(value),
        reason: rule.reason,
      },
      ...(item === undefined ? {} : { value }),
    })),
  );
}

/** A person's stable `id` (never the index, so removing someone shifts no one's answers), else the index; `bg` once per household. */
function instanceKey(item: number | undefined, value: unknown): string {
  if (item === undefined) return 'bg';
  const id = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)['id'] : undefined;
  return typeof id === 'string' && id !== '' ? id : String(item);
}

/** The name and age of a matched person, as far as the item has them. */
function personOf(value: unknown): { person?: string; alter?: number } {
  const person = personName(value);
  const alter = isRecord(value) ? value['alter'] : undefined;
  return { ...(person === undefined ? {} : { person }), ...(typeof alter === 'number' ? { alter } : {}) };
}
