/**
 * Lower-case hex SHA-256 of bytes, or of a string's UTF-8 encoding, through WebCrypto
 * (`crypto.subtle`, present in browsers on secure origins and in Node 20), so the engine needs
 * no hashing library and no Node built-ins.
 *
 * @example
 * await sha256Hex('abc') // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export async function sha256Hex(input: Uint8Array | string): Promise<string> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  // copy into a plain ArrayBuffer: digest() refuses views over a SharedArrayBuffer
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes.slice().buffer);
  let hex = '';
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
