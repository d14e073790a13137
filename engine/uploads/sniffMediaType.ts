import type { MediaType } from './types';

/** PDF readers accept the header anywhere in the first 1024 bytes (ISO 32000-1, Annex H.3). */
const PDF_HEADER_WINDOW = 1024;
const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const JPEG_MAGIC = [0xff, 0xd8, 0xff];
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The media type of a file from its first bytes, ignoring its name and declared type, so a
 * renamed file is recognised for what it is. `undefined` for anything else.
 *
 * @example
 * sniffMediaType(new TextEncoder().encode('%PDF-1.7\n…')) // 'application/pdf'
 */
export function sniffMediaType(bytes: Uint8Array): MediaType | undefined {
  if (startsWith(bytes, PNG_MAGIC, 0)) return 'image/png';
  if (startsWith(bytes, JPEG_MAGIC, 0)) return 'image/jpeg';
  const window = Math.min(bytes.length - PDF_HEADER.length, PDF_HEADER_WINDOW);
  for (let offset = 0; offset <= window; offset++) {
    if (startsWith(bytes, PDF_HEADER, offset)) return 'application/pdf';
  }
  return undefined;
}

function startsWith(bytes: Uint8Array, magic: number[], offset: number): boolean {
  if (bytes.length < offset + magic.length) return false;
  return magic.every((byte, index) => bytes[offset + index] === byte);
}
