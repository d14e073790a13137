/** Clockwise quarter turns that make a photo upright: 0, 1, 2 or 3. */
export type QuarterTurns = 0 | 1 | 2 | 3;

const EXIF_ORIENTATION_TAG = 0x0112;

/**
 * Reads the EXIF orientation of a JPEG (phones store photos sideways and set this tag) and
 * returns the clockwise quarter turns that show it upright. Mirrored orientations (2, 4, 5, 7)
 * are treated as their rotation; anything unreadable counts as upright, never as an error.
 *
 * @example
 * jpegOrientation(photoTakenInPortrait) // → 1
 */
export function jpegOrientation(bytes: Uint8Array): QuarterTurns {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 2;
  while (offset + 4 <= view.byteLength) {
    if (view.getUint8(offset) !== 0xff) return 0;
    const marker = view.getUint8(offset + 1);
    // Start of scan: image data follows, no EXIF after this point.
    if (marker === 0xda) return 0;
    const length = view.getUint16(offset + 2);
    if (marker === 0xe1 && isExif(view, offset + 4)) return fromTiff(view, offset + 10, offset + 2 + length);
    offset += 2 + length;
  }
  return 0;
}

function isExif(view: DataView, offset: number): boolean {
  return offset + 6 <= view.byteLength && view.getUint32(offset) === 0x45786966 && view.getUint16(offset + 4) === 0;
}

function fromTiff(view: DataView, tiff: number, end: number): QuarterTurns {
  const limit = Math.min(end, view.byteLength);
  if (tiff + 8 > limit) return 0;
  const order = view.getUint16(tiff);
  if (order !== 0x4949 && order !== 0x4d4d) return 0;
  const little = order === 0x4949;
  const ifd = tiff + view.getUint32(tiff + 4, little);
  if (ifd + 2 > limit) return 0;
  const count = view.getUint16(ifd, little);
  for (let index = 0; index < count; index += 1) {
    const entry = ifd + 2 + index * 12;
    if (entry + 12 > limit) return 0;
    if (view.getUint16(entry, little) === EXIF_ORIENTATION_TAG) return turnsFor(view.getUint16(entry + 8, little));
  }
  return 0;
}

function turnsFor(orientation: number): QuarterTurns {
  switch (orientation) {
    case 3:
    case 4:
      return 2;
    // 5 and 7 are mirrored; the turn that puts row 0 on the same side is the closest upright view.
    case 6:
    case 7:
      return 1;
    case 5:
    case 8:
      return 3;
    default:
      return 0;
  }
}
