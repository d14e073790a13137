import type { ConditionType } from './types';

// A record over the union makes the compiler fail here when a condition type is added to
// types.ts but not to this list, so the list can never fall behind.
const known: Record<ConditionType, true> = {
  always: true,
  equals: true,
  oneOf: true,
  includes: true,
  answered: true,
  compare: true,
  matches: true,
  and: true,
  or: true,
  not: true,
  some: true,
};

/**
 * Every condition `type` the engine understands, in documentation order. The definition checker
 * and error messages list them.
 *
 * @example
 * conditionTypes.includes('equals'); // true
 */
export const conditionTypes: readonly ConditionType[] = Object.keys(known) as ConditionType[];
