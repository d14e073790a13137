/**
 * Format `steuer-id`: the steuerliche Identifikationsnummer (§ 139b AO). Eleven digits, spaces
 * allowed as printed on letters; the first digit is not 0; among the first ten digits exactly
 * one digit occurs twice or three times (three times never all in a row) and every other digit
 * at most once; the eleventh digit is the check digit (ISO 7064 MOD 11,10).
 *
 * @example
 * isSteuerId('86 095 742 719'); // true
 * isSteuerId('86095742718');    // false (check digit)
 */
export function isSteuerId(value: string): boolean {
  const digits = value.replace(/ /g, '');
  if (!/^[1-9][0-9]{10}$/.test(digits)) return false;
  const body = digits.slice(0, 10);
  return hasAllowedRepetition(body) && checkDigit(body) === Number(digits[10]);
}

function hasAllowedRepetition(body: string): boolean {
  const counts = new Map<string, number>();
  for (const digit of body) counts.set(digit, (counts.get(digit) ?? 0) + 1);
  const repeated = [...counts.values()].filter((count) => count > 1);
  if (repeated.length !== 1) return false;
  const times = repeated[0];
  if (times === 2) return true;
  return times === 3 && !/(\d)\1\1/.test(body);
}

function checkDigit(body: string): number {
  let product = 10;
  for (const digit of body) {
    let sum = (Number(digit) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}
