import { evaluate } from '../conditions/evaluate';
import type { ConditionScope } from '../conditions/types';
import { IDENTITY_LEVELS, type FormManifest, type IdentityLevel } from '../definition/types';
import type { Plan } from './types';

/**
 * The identity level the submission needs: the highest of the form's own level and the levels of
 * the identity rules that hold, with the reason keys of those rules in rule order. Pass the
 * pruned answers.
 *
 * @example
 * requiredIdentity({ identityLevel: 'basis', identityRules: [umzugRule] }, scope);
 * // { level: 'substanziell', reasons: ['identity.umzug'] }
 */
export function requiredIdentity(
  manifest: Pick<FormManifest, 'identityLevel' | 'identityRules'>,
  scope: ConditionScope,
): Plan['identity'] {
  let level: IdentityLevel = manifest.identityLevel;
  const reasons: string[] = [];
  for (const rule of manifest.identityRules ?? []) {
    if (!evaluate(rule.when, scope)) continue;
    reasons.push(rule.reason);
    if (rank(rule.level) > rank(level)) level = rule.level;
  }
  return { level, reasons };
}

function rank(level: IdentityLevel): number {
  const index = IDENTITY_LEVELS.indexOf(level);
  if (index < 0) {
    throw new Error(`unknown identity level ${JSON.stringify(level)}; known: ${IDENTITY_LEVELS.join(', ')}`);
  }
  return index;
}
