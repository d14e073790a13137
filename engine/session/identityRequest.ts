import type { IdentityLevel } from '../definition/types';
import { identityAtLeast } from './identityAtLeast';
import { sessionPlan } from './sessionPlan';
import type { IdentityAdapter, SessionContext, SessionError } from './types';

/**
 * What the session asks the identity adapter for: the adapter itself and the level the plan
 * needs, at least `basis` (asking for `keine` would be asking for nothing).
 *
 * @example
 * identityRequest(context); // { adapter, level: 'substanziell' }
 */
export function identityRequest(context: SessionContext): { adapter: IdentityAdapter; level: IdentityLevel } {
  const adapter = context.env.adapters.identity;
  // the machine's guards let no confirmation start without an adapter
  if (adapter === undefined) throw new Error('formSession: confirming identity without an identity adapter');
  const required = sessionPlan({ context }).identity.level;
  return { adapter, level: identityAtLeast(required, 'basis') ? required : 'basis' };
}

/**
 * The error shown when the identity reached is below what the plan needs.
 *
 * @example
 * identityShortfall('identity-required', context); // { code: 'identity-required', required: 'substanziell', reached: 'keine' }
 */
export function identityShortfall(code: 'identity-required' | 'identity-insufficient', context: SessionContext): SessionError {
  return { code, required: sessionPlan({ context }).identity.level, reached: context.identity.level };
}
