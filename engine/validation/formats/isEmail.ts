/**
 * Format `email`: a plausible e-mail address — something, `@`, a domain with at least one dot,
 * no spaces, at most 254 characters. Deliberately lenient: only the mail server can tell whether
 * an address exists, and rejecting an unusual but valid address locks a citizen out.
 *
 * @example
 * isEmail('erika.mustermann@example.de'); // true
 * isEmail('erika@localhost');             // false
 */
export function isEmail(value: string): boolean {
  if (value.length > 254) return false;
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);
}
