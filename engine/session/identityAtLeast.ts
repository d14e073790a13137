import { IDENTITY_LEVELS, type IdentityLevel } from '../definition/types';

/**
 * Whether an identity level reached satisfies a required one (levels ascend:
 * keine < basis < substanziell < hoch).
 *
 * @example
 * identityAtLeast('substanziell', 'basis'); // true
 * identityAtLeast('basis', 'hoch');         // false
 */
export function identityAtLeast(reached: IdentityLevel, required: IdentityLevel): boolean {
  return IDENTITY_LEVELS.indexOf(reached) >= IDENTITY_LEVELS.indexOf(required);
}
