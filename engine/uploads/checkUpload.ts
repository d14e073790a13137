import type { UploadLimits } from '../definition/types';
import { imageDimensions } from './imageDimensions';
import { inspectPdf } from './inspectPdf';
import { sniffMediaType } from './sniffMediaType';
import type { MediaType, UploadCheck, UploadError, UploadErrorCode, UploadFile } from './types';

/** File name extensions that declare each media type. */
const EXTENSIONS: Record<MediaType, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg', 'jpe', 'jfif'],
  'image/png': ['png'],
};

/** Declared types browsers use for the same formats. */
const DECLARED_ALIASES: Record<string, MediaType> = {
  'application/pdf': 'application/pdf',
  'application/x-pdf': 'application/pdf',
  'image/jpeg': 'image/jpeg',
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'image/png': 'image/png',
  'image/x-png': 'image/png',
};

/** Short names of the formats, for texts a citizen reads ("a PNG named .pdf"). */
const LABELS: Record<MediaType, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' };

/** Declared types that say nothing about the content, so they cannot contradict it. */
const UNINFORMATIVE_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

/**
 * Checks one file against a form's upload limits, before any of it is kept. Pure and
 * synchronous; a refused file is data, never an exception.
 *
 * In order: empty → type (the content, sniffed from magic bytes, must be an accepted type) →
 * mismatch (name extension and declared type must agree with the content) → too-big →
 * total-too-big (`usedBytes` are the files already held) → corrupt / encrypted (PDF structure,
 * readable image size).
 *
 * @example
 * checkUpload({ name: 'miete.pdf', type: 'application/pdf', bytes }, definition.manifest.uploads, 0)
 * // { ok: true, mediaType: 'application/pdf', size: 1234 }
 * // or { ok: false, code: 'mismatch', params: { name: 'miete.pdf', declared: 'pdf', actual: 'image/png' } }
 */
export function checkUpload(file: UploadFile, limits: UploadLimits, usedBytes = 0): UploadCheck {
  const name = file.name;
  const size = file.bytes.length;
  if (size === 0) return refuse('empty', { name });

  const mediaType = sniffMediaType(file.bytes);
  const accepted = limits.accept.map(label).join(', ');
  if (mediaType === undefined || !limits.accept.includes(mediaType)) {
    return refuse('type', { name, accepted });
  }

  const declaredType = file.type.trim().toLowerCase();
  const declared = DECLARED_ALIASES[declaredType];
  if (!UNINFORMATIVE_TYPES.has(declaredType) && declared !== mediaType) {
    return refuse('mismatch', { name, declared: declared === undefined ? declaredType : LABELS[declared], actual: LABELS[mediaType] });
  }
  const extension = extensionOf(name);
  const named = extension === undefined ? undefined : typeOfExtension(extension);
  if (named !== undefined && named !== mediaType) {
    return refuse('mismatch', { name, declared: LABELS[named], actual: LABELS[mediaType] });
  }

  if (size > limits.maxFileBytes) {
    return refuse('too-big', { name, size, limit: limits.maxFileBytes, limitMb: megabytes(limits.maxFileBytes) });
  }
  if (usedBytes + size > limits.maxTotalBytes) {
    const limit = limits.maxTotalBytes;
    return refuse('total-too-big', { name, total: usedBytes + size, limit, limitMb: megabytes(limit) });
  }

  if (mediaType === 'application/pdf') {
    const inspection = inspectPdf(file.bytes);
    if (inspection !== 'ok') return refuse(inspection, { name });
    return { ok: true, mediaType, size };
  }
  const dimensions = imageDimensions(file.bytes, mediaType);
  if (dimensions === undefined) return refuse('corrupt', { name });
  return { ok: true, mediaType, size, dimensions };
}

/** The lower-case extension after the last dot; `undefined` for names without one. */
function extensionOf(name: string): string | undefined {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || dot === name.length - 1) return undefined;
  return name.slice(dot + 1).toLowerCase();
}

/**
 * The media type a known extension claims. Only these can contradict the content:
 * `bescheid.pdf` holding a PNG is refused, `Kontoauszug 03.2026` is judged by its content alone.
 */
function typeOfExtension(extension: string): MediaType | undefined {
  return (Object.keys(EXTENSIONS) as MediaType[]).find((type) => EXTENSIONS[type].includes(extension));
}

function label(type: string): string {
  return type in LABELS ? LABELS[type as MediaType] : type;
}

/** Mebibytes with one decimal, as texts say "10 MB". */
function megabytes(bytes: number): number {
  return Math.round((bytes / 1048576) * 10) / 10;
}

function refuse(code: UploadErrorCode, params: UploadError['params']): UploadCheck {
  return { ok: false, code, params };
}
