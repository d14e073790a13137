import { conditionTypes } from './conditionTypes';

/**
 * Throws the error for a condition whose `type` is not in the vocabulary. An unknown condition
 * must never count as true or false silently: it is a form author's mistake.
 *
 * @example
 * unknownConditionType({ type: 'greater' } as never);
 * // Error: unknown condition type "greater"; known: always, equals, oneOf, …
 */
export function unknownConditionType(condition: never): never {
  const type = typeof condition === 'object' && condition !== null ? (condition as { type?: unknown }).type : condition;
  throw new Error(`unknown condition type ${JSON.stringify(type) ?? String(type)}; known: ${conditionTypes.join(', ')}`);
}
