/**
 * Whether a value counts as an answer: anything but undefined, null, the empty string and the
 * empty array (what a cleared input or an untouched multiple choice leaves behind).
 *
 * @example
 * isAnswered(0);     // true
 * isAnswered(false); // true
 * isAnswered('');    // false
 * isAnswered([]);    // false
 */
export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  return !(Array.isArray(value) && value.length === 0);
}
