/** The answers property under which conditions read computed values: `/$computed/<id>/…`. */
export const COMPUTED_KEY = '$computed';

/**
 * The answers as conditions see them: the citizen's answers plus the computed values under
 * `$computed` (never a step id, so pruning and submissions never carry it).
 *
 * @example
 * withComputed({ bescheid: {…} }, { frist: { late: true } }); // { bescheid: {…}, $computed: { frist: { late: true } } }
 */
export function withComputed(answers: Record<string, unknown>, computed: Record<string, unknown>): Record<string, unknown> {
  return Object.keys(computed).length === 0 ? answers : { ...answers, [COMPUTED_KEY]: computed };
}
