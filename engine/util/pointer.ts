import { isRecord } from './isRecord';

/**
 * JSON Pointer (RFC 6901) reading and immutable writing. Answers are plain JSON, so only own
 * properties are followed: a pointer like `/__proto__/x` reads nothing and writes a plain key.
 */

/**
 * Splits a JSON pointer into unescaped tokens (`~1` → `/`, `~0` → `~`).
 *
 * @example
 * parsePointer('/a~1b/0'); // ['a/b', '0']
 * parsePointer('');        // [] (the whole document)
 */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) {
    throw new Error(`JSON pointer "${pointer}" must be empty or start with "/"`);
  }
  // ~1 before ~0, so that "~01" becomes "~1" and not "/"
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Joins tokens into a JSON pointer, escaping `~` and `/`.
 *
 * @example
 * joinPointer(['a/b', '0']); // '/a~1b/0'
 */
export function joinPointer(tokens: readonly (string | number)[]): string {
  return tokens.map((token) => '/' + String(token).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/**
 * The value at a JSON pointer, or undefined when any step along it is missing.
 *
 * @example
 * getAt({ umzug: { plz: '10115' } }, '/umzug/plz'); // '10115'
 * getAt({ personen: [{ name: 'A' }] }, '/personen/0/name'); // 'A'
 * getAt({}, '/umzug/plz'); // undefined
 */
export function getAt(document: unknown, pointer: string): unknown {
  let current: unknown = document;
  for (const token of parsePointer(pointer)) {
    current = child(current, token);
    if (current === undefined) return undefined;
  }
  return current;
}

/**
 * A copy of the document with the value set at the pointer; the input is not changed and only
 * the containers along the pointer are copied. Missing containers become objects (arrays stay
 * arrays); `''` replaces the whole document.
 *
 * @example
 * setAt({ a: { b: 1 } }, '/a/c', 2); // { a: { b: 1, c: 2 } }
 * setAt({ l: [1, 2] }, '/l/1', 5);   // { l: [1, 5] }
 */
export function setAt(document: unknown, pointer: string, value: unknown): unknown {
  return setTokens(document, parsePointer(pointer), value);
}

function setTokens(current: unknown, tokens: string[], value: unknown): unknown {
  const [token, ...rest] = tokens;
  if (token === undefined) return value;
  if (Array.isArray(current) && isIndex(token)) {
    const copy = current.slice();
    copy[Number(token)] = setTokens(copy[Number(token)], rest, value);
    return copy;
  }
  const base = isRecord(current) ? current : {};
  const next = setTokens(child(base, token), rest, value);
  // defineProperty so that a "__proto__" token becomes a plain key, not a prototype change
  const copy: Record<string, unknown> = { ...base };
  Object.defineProperty(copy, token, { value: next, enumerable: true, writable: true, configurable: true });
  return copy;
}

function child(container: unknown, token: string): unknown {
  if (Array.isArray(container)) {
    return isIndex(token) ? container[Number(token)] : undefined;
  }
  if (isRecord(container) && Object.prototype.hasOwnProperty.call(container, token)) {
    return container[token];
  }
  return undefined;
}

function isIndex(token: string): boolean {
  return /^(0|[1-9][0-9]*)$/.test(token);
}
