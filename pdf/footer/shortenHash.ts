const SHOWN_HEX_DIGITS = 16;

/**
 * The content hash as the footer shows it: algorithm and the first 16 hex digits, enough to
 * match a page to its cover (which carries the full hash).
 *
 * @example
 * shortenHash('sha256:0123456789abcdef0123456789abcdef…') // → 'sha256:0123456789abcdef…'
 */
export function shortenHash(hash: string): string {
  const separator = hash.indexOf(':');
  const prefix = separator === -1 ? '' : hash.slice(0, separator + 1);
  const digits = hash.slice(prefix.length);
  return digits.length <= SHOWN_HEX_DIGITS ? hash : `${prefix}${digits.slice(0, SHOWN_HEX_DIGITS)}…`;
}
