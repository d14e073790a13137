import { describe, expect, it } from 'vitest';
import { jpegOrientation } from '../../../pdf/uploads/jpegOrientation';
import { tinyJpeg } from '../../fixtures/pdf/tinyImages';

describe('jpegOrientation', () => {
  it('maps the EXIF orientations to clockwise quarter turns', () => {
    const turns = [1, 2, 3, 4, 5, 6, 7, 8].map((orientation) => jpegOrientation(tinyJpeg(8, 8, orientation)));
    expect(turns).toEqual([0, 0, 2, 2, 3, 1, 1, 3]);
  });

  it('treats a JPEG without EXIF as upright', () => {
    expect(jpegOrientation(tinyJpeg(8, 8))).toBe(0);
  });

  it('treats truncated or foreign bytes as upright instead of throwing', () => {
    expect(jpegOrientation(tinyJpeg(8, 8, 6).slice(0, 12))).toBe(0);
    expect(jpegOrientation(new Uint8Array([1, 2, 3]))).toBe(0);
  });
});
