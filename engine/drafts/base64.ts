/**
 * Bytes as base64 text and back, with the `btoa`/`atob` that browsers and Node 20 share, so
 * attachment bytes can live in a JSON draft.
 *
 * @example
 * toBase64(new Uint8Array([1, 2, 3])) // 'AQID'
 */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // chunked: spreading megabytes into one call overflows the argument limit
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

/**
 * Decodes base64 text; `undefined` when it is not valid base64.
 *
 * @example
 * fromBase64('AQID') // Uint8Array [1, 2, 3]
 */
export function fromBase64(text: string): Uint8Array | undefined {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
