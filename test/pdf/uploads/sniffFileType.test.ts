import { describe, expect, it } from 'vitest';
import { sniffFileType } from '../../../pdf/uploads/sniffFileType';
import { tinyJpeg, tinyPng } from '../../fixtures/pdf/tinyImages';

const text = (value: string): Uint8Array => new TextEncoder().encode(value);

describe('sniffFileType', () => {
  it('recognises PDF, PNG and JPEG by their first bytes', () => {
    expect(sniffFileType(text('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffFileType(tinyPng(1, 1))).toBe('png');
    expect(sniffFileType(tinyJpeg(8, 8))).toBe('jpeg');
  });

  it('finds a PDF header after leading junk within the first kilobyte', () => {
    expect(sniffFileType(text(`${' '.repeat(500)}%PDF-1.4`))).toBe('pdf');
    expect(sniffFileType(text(`${' '.repeat(1100)}%PDF-1.4`))).toBe('unknown');
  });

  it('calls anything else unknown', () => {
    expect(sniffFileType(text('GIF89a'))).toBe('unknown');
    expect(sniffFileType(new Uint8Array())).toBe('unknown');
  });
});
