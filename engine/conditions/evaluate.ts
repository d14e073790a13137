import { deepEqual } from '../util/deepEqual';
import { evaluateOperand } from './evaluateOperand';
import { isAnswered } from './isAnswered';
import { matchesSchema } from './matchesSchema';
import { resolvePath } from './resolvePath';
import type { CompareOperator, Condition, ConditionScope } from './types';
import { unknownConditionType } from './unknownConditionType';

/**
 * Whether a condition holds for the answers in `scope`. Missing answers make a condition false
 * (never an exception: a citizen may not have answered yet); an unknown condition type throws,
 * because that is a form author's mistake.
 *
 * @example
 * evaluate(
 *   { type: 'includes', path: '/auswahl/aenderungen', value: 'umzug' },
 *   { answers: { auswahl: { aenderungen: ['umzug'] } }, today: '2026-03-10' },
 * ); // true
 */
export function evaluate(condition: Condition, scope: ConditionScope): boolean {
  // hand-written JSON may hold null or a string where a condition belongs
  if (typeof condition !== 'object' || condition === null) return unknownConditionType(condition as never);
  switch (condition.type) {
    case 'always':
      return true;
    case 'equals':
      return deepEqual(resolvePath(condition.path, scope), condition.value);
    case 'oneOf': {
      const answer = resolvePath(condition.path, scope);
      return condition.values.some((value) => deepEqual(answer, value));
    }
    case 'includes': {
      const answer = resolvePath(condition.path, scope);
      const wanted = 'valuePath' in condition ? resolvePath(condition.valuePath, scope) : condition.value;
      return wanted !== undefined && Array.isArray(answer) && answer.some((item: unknown) => deepEqual(item, wanted));
    }
    case 'answered':
      return isAnswered(resolvePath(condition.path, scope));
    case 'compare':
      return compare(evaluateOperand(condition.left, scope), condition.op, evaluateOperand(condition.right, scope));
    case 'matches':
      return matchesSchema(resolvePath(condition.path, scope), condition.schema);
    case 'and':
      return condition.conditions.every((c) => evaluate(c, scope));
    case 'or':
      return condition.conditions.some((c) => evaluate(c, scope));
    case 'not':
      return !evaluate(condition.condition, scope);
    case 'some': {
      const items = resolvePath(condition.path, scope);
      const where = condition.where;
      return (
        Array.isArray(items) &&
        items.some((item: unknown) => evaluate(where, { answers: scope.answers, item, today: scope.today }))
      );
    }
    default:
      return unknownConditionType(condition);
  }
}

/** Missing operands make any comparison false, `!=` included: "unknown" is not "different". */
function compare(left: unknown, op: CompareOperator, right: unknown): boolean {
  if (left === undefined || left === null || right === undefined || right === null) return false;
  switch (op) {
    case '==':
      return deepEqual(left, right);
    case '!=':
      return !deepEqual(left, right);
    case '<':
    case '<=':
    case '>':
    case '>=':
      return ordered(left, op, right);
    default:
      throw new Error(`unknown compare operator ${JSON.stringify(op)}; known: <, <=, >, >=, ==, !=`);
  }
}

// Numbers compare as numbers, strings in code-unit order (ISO dates sort correctly that way);
// mixed types have no order.
function ordered(left: unknown, op: '<' | '<=' | '>' | '>=', right: unknown): boolean {
  const comparable =
    (typeof left === 'number' && typeof right === 'number') || (typeof left === 'string' && typeof right === 'string');
  if (!comparable) return false;
  const [a, b] = [left as number | string, right as number | string];
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
  }
}
