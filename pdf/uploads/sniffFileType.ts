export type SniffedType = 'pdf' | 'png' | 'jpeg' | 'unknown';

const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_START = [0xff, 0xd8, 0xff];
/** PDF readers accept junk before the header within the first kilobyte. */
const PDF_HEADER_WINDOW = 1024;

/**
 * What a file is, from its first bytes rather than the media type it was uploaded with, so a
 * PNG named .jpg still becomes a page.
 *
 * @example
 * sniffFileType(new TextEncoder().encode('%PDF-1.7 …')) // → 'pdf'
 */
export function sniffFileType(bytes: Uint8Array): SniffedType {
  if (startsWith(bytes, PNG_SIGNATURE, 0)) return 'png';
  if (startsWith(bytes, JPEG_START, 0)) return 'jpeg';
  const window = Math.min(bytes.length, PDF_HEADER_WINDOW);
  for (let offset = 0; offset < window; offset += 1) {
    if (startsWith(bytes, PDF_HEADER, offset)) return 'pdf';
  }
  return 'unknown';
}

function startsWith(bytes: Uint8Array, prefix: number[], offset: number): boolean {
  return prefix.every((byte, index) => bytes[offset + index] === byte);
}
