/** Narrowing helpers for parsed, not yet checked JSON. */

export type JsonObject = Record<string, unknown>;

/**
 * True for a plain JSON object (not an array, not null).
 *
 * @example
 * isRecord({ a: 1 }); // true
 * isRecord([1]);      // false
 */
export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own property lookup, so `__proto__` or `constructor` in a file read nothing inherited. */
export function own(object: JsonObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/** `a, b, c` or `(none)` for messages listing what is known. */
export function listing(names: readonly string[]): string {
  return names.length === 0 ? '(none)' : names.join(', ');
}

/**
 * A property name as one JSON pointer token (`~` → `~0`, `/` → `~1`).
 *
 * @example
 * escapeToken('a/b'); // 'a~1b'
 */
export function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
