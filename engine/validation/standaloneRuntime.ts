import { deepEqual } from '../util/deepEqual';

/**
 * What generated standalone validator modules import at run time: our format functions, the
 * error mapping shared with the run-time validators, and the two helpers ajv's generated code
 * would otherwise `require` from ajv (`require` does not exist in a browser ES module).
 */
export { formats } from './formats';
export { mapAjvErrors } from './mapAjvErrors';

/**
 * String length in Unicode code points, as JSON Schema's `minLength`/`maxLength` count:
 * a surrogate pair (an emoji) is one character.
 *
 * @example
 * ucs2length('a😀'); // 2
 */
export function ucs2length(value: string): number {
  let length = 0;
  for (const _codePoint of value) length++;
  return length;
}

/**
 * Structural equality of JSON values, for `const`, `enum` and `uniqueItems`.
 *
 * @example
 * equal({ a: [1] }, { a: [1] }); // true
 */
export function equal(a: unknown, b: unknown): boolean {
  return deepEqual(a, b);
}
