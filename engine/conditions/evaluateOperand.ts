import { assertNever } from '../util/assertNever';
import { daysBetween, parseIsoDate, wholeYearsBetween } from '../util/dates';
import { evaluate } from './evaluate';
import { operandKind } from './operandKind';
import { resolvePath } from './resolvePath';
import type { ConditionScope, Operand } from './types';

/**
 * The value a `compare` operand stands for; undefined when the answer it needs is missing or
 * not a valid date (a `compare` with an undefined side is false).
 *
 * - `{ value }` the literal;
 * - `{ path }` the answer at the path;
 * - `{ ageAt }` whole years from the date at the path to `scope.today`;
 * - `{ count, where? }` the number of items of the array at the path (matching `where`, with
 *   `./` paths read from each item); a missing array counts 0 items;
 * - `{ daysFromToday }` whole days from `scope.today` to the date at the path (negative when
 *   the date lies in the past).
 *
 * @example
 * const scope = { answers: { person: { geburtsdatum: '2010-03-11' } }, today: '2026-03-10' };
 * evaluateOperand({ ageAt: '/person/geburtsdatum' }, scope); // 15
 */
export function evaluateOperand(operand: Operand, scope: ConditionScope): unknown {
  const kind = operandKind(operand);
  switch (kind) {
    case 'value':
      return (operand as { value: unknown }).value;
    case 'path':
      return resolvePath((operand as { path: string }).path, scope);
    case 'ageAt':
      return wholeYearsBetween(resolvePath((operand as { ageAt: string }).ageAt, scope), checkedToday(scope));
    case 'daysFromToday':
      return daysBetween(checkedToday(scope), resolvePath((operand as { daysFromToday: string }).daysFromToday, scope));
    case 'count':
      return countItems(operand as Extract<Operand, { count: string }>, scope);
    default:
      return assertNever(kind);
  }
}

function countItems(operand: Extract<Operand, { count: string }>, scope: ConditionScope): number {
  const items = resolvePath(operand.count, scope);
  if (!Array.isArray(items)) return 0;
  const where = operand.where;
  if (where === undefined) return items.length;
  return items.filter((item: unknown) => evaluate(where, { answers: scope.answers, item, today: scope.today })).length;
}

// `today` comes from the caller, not from a citizen: a bad value is a programming mistake.
function checkedToday(scope: ConditionScope): string {
  if (!parseIsoDate(scope.today)) {
    throw new Error(`scope.today must be an ISO date YYYY-MM-DD, got ${JSON.stringify(scope.today)}`);
  }
  return scope.today;
}
