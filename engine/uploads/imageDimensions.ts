import type { ImageDimensions, MediaType } from './types';

/**
 * Width and height read from an image header: PNG `IHDR` or the JPEG start-of-frame segment.
 * `undefined` when the header is missing or unreadable, which the upload check calls corrupt:
 * an image we cannot measure cannot be placed on a PDF page either.
 *
 * @example
 * imageDimensions(pngBytes, 'image/png') // { width: 1, height: 1 }
 */
export function imageDimensions(bytes: Uint8Array, mediaType: Exclude<MediaType, 'application/pdf'>): ImageDimensions | undefined {
  return mediaType === 'image/png' ? pngDimensions(bytes) : jpegDimensions(bytes);
}

function pngDimensions(bytes: Uint8Array): ImageDimensions | undefined {
  // signature (8) + chunk length (4) + "IHDR" (4) + width (4) + height (4)
  if (bytes.length < 24) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (type !== 'IHDR') return undefined;
  return positive(view.getUint32(16), view.getUint32(20));
}

/** SOF0…SOF15 carry the frame size, except C4 (DHT), C8 (JPG extension) and CC (DAC). */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function jpegDimensions(bytes: Uint8Array): ImageDimensions | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 2; // after SOI (FF D8)
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset += 1; // fill byte before a marker
      continue;
    }
    // markers without a length field: TEM and RST0…RST7
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2;
      continue;
    }
    // start of scan or end of image before any frame header: no size to read
    if (marker === 0xda || marker === 0xd9) return undefined;
    const length = view.getUint16(offset + 2);
    if (length < 2) return undefined;
    if (isStartOfFrame(marker)) {
      if (offset + 9 > bytes.length) return undefined;
      return positive(view.getUint16(offset + 7), view.getUint16(offset + 5));
    }
    offset += 2 + length;
  }
  return undefined;
}

function positive(width: number, height: number): ImageDimensions | undefined {
  return width > 0 && height > 0 ? { width, height } : undefined;
}
