/**
 * JSON text with object keys sorted (by UTF-16 code units, like `Array.prototype.sort`) at every
 * depth and no whitespace, so equal data always gives the same text and the same hash,
 * whatever order the answers were typed in. Arrays keep their order. Like `JSON.stringify`,
 * `undefined` properties are left out, `undefined` in arrays and non-finite numbers become `null`.
 *
 * Values JSON cannot represent (functions, symbols, bigints, byte arrays) are a programming
 * error and throw, because silently dropping them would change the hash without anyone noticing.
 *
 * @example
 * canonicalJson({ b: 1, a: { d: [2, 1], c: 'x' } }) // '{"a":{"c":"x","d":[2,1]},"b":1}'
 */
export function canonicalJson(value: unknown): string {
  const text = encode(value, '');
  if (text === undefined) throw new TypeError('canonicalJson: the top-level value is undefined');
  return text;
}

function encode(value: unknown, path: string): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'undefined':
      return undefined;
    case 'boolean':
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'object':
      return Array.isArray(value) ? encodeArray(value, path) : encodeObject(value, path);
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} at "${path || '/'}" has no JSON form`);
  }
}

function encodeArray(items: unknown[], path: string): string {
  return `[${items.map((item, index) => encode(item, `${path}/${index}`) ?? 'null').join(',')}]`;
}

function encodeObject(object: object, path: string): string {
  if (ArrayBuffer.isView(object) || object instanceof ArrayBuffer) {
    throw new TypeError(`canonicalJson: binary data at "${path || '/'}" has no JSON form; hash it separately`);
  }
  const parts: string[] = [];
  for (const key of Object.keys(object).sort()) {
    const text = encode((object as Record<string, unknown>)[key], `${path}/${key}`);
    if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${parts.join(',')}}`;
}
