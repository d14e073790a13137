/**
 * Format `phone`: a plausible German or international phone number. Digits with the usual
 * separators (spaces, `/`, `-`, `.`, parentheses); either international with a leading `+`
 * (`+49 30 1234567`, also `+49 (0)30 …`) or national starting with `0` (`030/1234567`,
 * `0049 …`); 6 to 15 digits (E.164 allows at most 15).
 *
 * @example
 * isPhone('+49 (0)30 123456-78'); // true
 * isPhone('030/1234567');         // true
 * isPhone('1234567');             // false (no area code)
 */
export function isPhone(value: string): boolean {
  const trimmed = value.trim();
  if (!/^\+?[0-9 ()/.-]+$/.test(trimmed)) return false;
  const digits = trimmed.replace(/[^0-9]/g, '');
  if (digits.length < 6 || digits.length > 15) return false;
  if (trimmed.startsWith('+')) return /^\+[ (]*[1-9]/.test(trimmed);
  return /^\(?0/.test(trimmed);
}
