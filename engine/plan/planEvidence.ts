import type { ConditionScope } from '../conditions/types';
import type { EvidenceRule } from '../definition/types';
import { resolvePath } from '../conditions/resolvePath';
import { personName } from '../household/personName';
import { ruleMatches } from './ruleMatches';
import type { EvidenceStatus, PlannedEvidence } from './types';

/**
 * The Nachweise the answers require, one per document of each rule that holds (per item for
 * `forEach` rules), with ids `<rule>:<document>` or `<rule>:<document>:<item>` and the status
 * the citizen gave them (`missing` when none). Pass the pruned answers.
 *
 * @example
 * planEvidence([{ id: 'umzug', when, documents: ['mietvertrag'], reason: 'evidence.umzug' }], scope, {});
 * // [{ id: 'umzug:mietvertrag', document: 'mietvertrag', rule: 'umzug', reason: 'evidence.umzug', status: 'missing' }]
 */
export function planEvidence(
  rules: readonly EvidenceRule[],
  scope: ConditionScope,
  statuses: Readonly<Record<string, EvidenceStatus>>,
): PlannedEvidence[] {
  return rules.flatMap((rule) =>
    ruleMatches(rule, scope).flatMap(({ item, value }) =>
      documentsOf(rule, value).map((document) => {
        const id = item === undefined ? `${rule.id}:${document}` : `${rule.id}:${document}:${item}`;
        const status = Object.prototype.hasOwnProperty.call(statuses, id) ? statuses[id] : undefined;
        return {
          id,
          document,
          rule: rule.id,
          ...(item === undefined ? {} : { item }),
          reason: rule.reason,
          ...personOf(value),
          ...(rule.documentFrom === undefined ? {} : bezugOf(value)),
          ...(rule.optional === true ? { optional: true } : {}),
          status: status ?? 'missing',
        };
      }),
    ),
  );
}

/** The rule's documents, or the one the item names (`documentFrom`, e.g. an earlier submission's outstanding Nachweis). */
function documentsOf(rule: EvidenceRule, item: unknown): string[] {
  if (rule.documents !== undefined) return rule.documents;
  if (rule.documentFrom === undefined) return [];
  const named = resolvePath(rule.documentFrom, { answers: {}, item, today: '' });
  return typeof named === 'string' && named !== '' ? [named] : [];
}

/** Whose a per-item Nachweis is: the item's name, when it has one. */
function personOf(item: unknown): { person?: string } {
  const person = personName(item);
  return person === undefined ? {} : { person };
}

/** For a Nachweis named by an item (an earlier submission's outstanding one): that item's `id`. */
function bezugOf(item: unknown): { bezug?: string } {
  const id = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)['id'] : undefined;
  return typeof id === 'string' && id !== '' ? { bezug: id } : {};
}
