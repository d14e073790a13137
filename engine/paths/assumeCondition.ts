import type { Condition } from '../conditions/types';
import { canonicalJson } from '../submission/canonicalJson';

/** What a walk through the flow has assumed so far: condition (canonical JSON) → whether it holds. */
export type Assumptions = ReadonlyMap<string, boolean>;

/**
 * Records that a guard holds (or not) on one branch of a static walk, or returns undefined when
 * that contradicts what the branch assumed before. The answers do not change during a walk, so
 * the same condition must have the same value at every state it guards; `not` is unwrapped so
 * that `not c` and `c` are recognised as one question, and `always` is known to hold.
 *
 * Only equal conditions are compared: this catches the cheap contradictions (a choice tested at
 * two states) without a solver, so a path it keeps may still be infeasible.
 *
 * @example
 * const chose = { type: 'includes', path: '/auswahl/aenderungen', value: 'umzug' } as const;
 * const a = assumeCondition(new Map(), chose, true);               // Map { '{…}' => true }
 * assumeCondition(a!, { type: 'not', condition: chose }, true);    // undefined: contradiction
 */
export function assumeCondition(assumptions: Assumptions, condition: Condition, holds: boolean): Assumptions | undefined {
  let atom = condition;
  let value = holds;
  while (atom.type === 'not') {
    atom = atom.condition;
    value = !value;
  }
  if (atom.type === 'always') return value ? assumptions : undefined;
  const key = canonicalJson(atom);
  const known = assumptions.get(key);
  if (known === value) return assumptions;
  if (known !== undefined) return undefined;
  return new Map(assumptions).set(key, value);
}
