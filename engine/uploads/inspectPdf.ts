/** Where the end-of-file marker and `startxref` must be found (readers look at the last 1 KiB). */
const TAIL_BYTES = 2048;
/** An xref stream dictionary is short; its `stream` keyword comes within this many bytes. */
const XREF_STREAM_DICT_BYTES = 4096;

export type PdfInspection = 'ok' | 'corrupt' | 'encrypted';

/**
 * A light structural check of a PDF, enough to refuse files the Jobcenter could not open:
 * the file must end with `%%EOF` after a `startxref` whose offset points at a cross-reference
 * table (`xref` … `trailer`) or a cross-reference stream (`n 0 obj`). A trailer (or xref stream
 * dictionary) with an `/Encrypt` entry means a password-protected file, which the E-Akte cannot
 * read. Truncated downloads lose their tail and are reported as corrupt.
 *
 * This is no full parser: it reads the tail and the last cross-reference section only.
 *
 * @example
 * inspectPdf(new TextEncoder().encode('%PDF-1.4\n…xref…trailer<<…>>\nstartxref\n9\n%%EOF')) // 'ok'
 */
export function inspectPdf(bytes: Uint8Array): PdfInspection {
  const tailStart = Math.max(0, bytes.length - TAIL_BYTES);
  const tail = latin1(bytes.subarray(tailStart));
  const eof = tail.lastIndexOf('%%EOF');
  if (eof < 0) return 'corrupt';
  const startxref = tail.lastIndexOf('startxref', eof);
  if (startxref < 0) return 'corrupt';
  const offsetMatch = /^startxref\s+(\d+)\s*$/.exec(tail.slice(startxref, eof));
  if (!offsetMatch) return 'corrupt';
  const xrefOffset = Number(offsetMatch[1]);
  const startxrefAbsolute = tailStart + startxref;
  if (!Number.isSafeInteger(xrefOffset) || xrefOffset >= startxrefAbsolute) return 'corrupt';

  const section = latin1(bytes.subarray(xrefOffset, startxrefAbsolute));
  const head = section.trimStart();
  if (head.startsWith('xref')) {
    const trailer = section.lastIndexOf('trailer');
    if (trailer < 0) return 'corrupt';
    return hasEncryptEntry(section.slice(trailer)) ? 'encrypted' : 'ok';
  }
  if (/^\d+\s+\d+\s+obj\b/.test(head)) {
    const dictionary = head.slice(0, XREF_STREAM_DICT_BYTES);
    const streamAt = dictionary.indexOf('stream');
    return hasEncryptEntry(streamAt < 0 ? dictionary : dictionary.slice(0, streamAt)) ? 'encrypted' : 'ok';
  }
  return 'corrupt';
}

/** `/Encrypt` as a whole name (not `/EncryptMetadata`, which lives inside an encryption dictionary). */
function hasEncryptEntry(dictionary: string): boolean {
  return /\/Encrypt(?![A-Za-z0-9#._-])/.test(dictionary);
}

/** Bytes as one char per byte; chunked so large sections do not overflow the argument limit. */
function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return text;
}
