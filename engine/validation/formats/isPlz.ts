/**
 * Format `plz`: a German Postleitzahl, exactly five digits.
 *
 * @example
 * isPlz('01067'); // true
 * isPlz('1067');  // false
 */
export function isPlz(value: string): boolean {
  return /^[0-9]{5}$/.test(value);
}
