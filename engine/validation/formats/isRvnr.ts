// Weights of the twelve digits the check digit is computed over (the letter counts as two).
const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1] as const;

/**
 * Format `rvnr`: a Rentenversicherungsnummer (Versicherungsnummer). Twelve characters, spaces
 * allowed: Bereichsnummer (2 digits), birth date DDMMYY, the first letter of the birth name,
 * a serial number (2 digits) and a check digit. The check digit: the letter becomes its two-digit
 * position in the alphabet (A = 01), the twelve digits are multiplied by 2 1 2 5 7 1 2 1 2 1 2 1,
 * the digit sums of the products are added, and the sum modulo 10 must equal the check digit.
 *
 * @example
 * isRvnr('65 170839 J 003'); // true
 * isRvnr('65170839J004');    // false (check digit)
 */
export function isRvnr(value: string): boolean {
  const compact = value.replace(/ /g, '').toUpperCase();
  const match = /^([0-9]{2})([0-9]{2})([0-9]{2})([0-9]{2})([A-Z])([0-9]{2})([0-9])$/.exec(compact);
  if (!match) return false;
  const day = Number(match[2]);
  const month = Number(match[3]);
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  const letter = String(compact.charCodeAt(8) - 64).padStart(2, '0');
  const digits = compact.slice(0, 8) + letter + compact.slice(9, 11);
  let sum = 0;
  weights.forEach((weight, index) => {
    const product = Number(digits[index]) * weight;
    sum += Math.floor(product / 10) + (product % 10);
  });
  return sum % 10 === Number(compact[11]);
}
