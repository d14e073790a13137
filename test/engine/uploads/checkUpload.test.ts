import { describe, expect, it } from 'vitest';
import { checkUpload } from '../../../engine/uploads/checkUpload';
import { bigPdfBytes, jpegBytes, pdfBytes, pngBytes } from '../../fixtures/session/files';

const limits = { accept: ['application/pdf', 'image/jpeg', 'image/png'], maxFileBytes: 4096, maxTotalBytes: 6144 };
const ascii = (text: string) => new TextEncoder().encode(text);

describe('checkUpload', () => {
  it('accepts a well-formed PDF', () => {
    expect(checkUpload({ name: 'miete.pdf', type: 'application/pdf', bytes: pdfBytes() }, limits)).toEqual({
      ok: true,
      mediaType: 'application/pdf',
      size: 233,
    });
  });

  it('accepts PNG and JPEG with the size read from their headers', () => {
    expect(checkUpload({ name: 'scan.png', type: 'image/png', bytes: pngBytes(640, 480) }, limits)).toEqual({
      ok: true,
      mediaType: 'image/png',
      size: 45,
      dimensions: { width: 640, height: 480 },
    });
    expect(checkUpload({ name: 'foto.JPG', type: 'image/jpeg', bytes: jpegBytes(1200, 1600) }, limits)).toEqual({
      ok: true,
      mediaType: 'image/jpeg',
      size: 41,
      dimensions: { width: 1200, height: 1600 },
    });
  });

  it('refuses an empty file', () => {
    expect(checkUpload({ name: 'leer.pdf', type: 'application/pdf', bytes: new Uint8Array() }, limits)).toEqual({
      ok: false,
      code: 'empty',
      params: { name: 'leer.pdf' },
    });
  });

  it('refuses content of a type the form does not accept, whatever its name says', () => {
    expect(checkUpload({ name: 'brief.pdf', type: 'application/pdf', bytes: ascii('Hallo Jobcenter') }, limits)).toEqual({
      ok: false,
      code: 'type',
      params: { name: 'brief.pdf', accepted: 'PDF, JPEG, PNG' },
    });
    const pdfOnly = { ...limits, accept: ['application/pdf'] };
    expect(checkUpload({ name: 'scan.png', type: 'image/png', bytes: pngBytes() }, pdfOnly)).toEqual({
      ok: false,
      code: 'type',
      params: { name: 'scan.png', accepted: 'PDF' },
    });
  });

  it('refuses a PNG named .pdf as a mismatch', () => {
    expect(checkUpload({ name: 'bescheid.pdf', type: '', bytes: pngBytes() }, limits)).toEqual({
      ok: false,
      code: 'mismatch',
      params: { name: 'bescheid.pdf', declared: 'PDF', actual: 'PNG' },
    });
  });

  it('refuses a file whose declared type contradicts its content', () => {
    expect(checkUpload({ name: 'bescheid', type: 'application/pdf', bytes: jpegBytes() }, limits)).toEqual({
      ok: false,
      code: 'mismatch',
      params: { name: 'bescheid', declared: 'PDF', actual: 'JPEG' },
    });
  });

  it('names an undeclared type as it came and gives limits in MB for texts', () => {
    expect(checkUpload({ name: 'brief', type: 'text/plain', bytes: pdfBytes() }, limits)).toEqual({
      ok: false,
      code: 'mismatch',
      params: { name: 'brief', declared: 'text/plain', actual: 'PDF' },
    });
    const real = { ...limits, maxFileBytes: 10485760, maxTotalBytes: 31457280 }; // 10 MB and 30 MB
    expect(checkUpload({ name: 'a.pdf', type: '', bytes: bigPdfBytes(2000) }, real, 31457000)).toEqual({
      ok: false,
      code: 'total-too-big',
      params: { name: 'a.pdf', total: 31459000, limit: 31457280, limitMb: 30 },
    });
  });

  it('judges names without a known extension and octet-stream types by their content', () => {
    expect(checkUpload({ name: 'Kontoauszug 03.2026', type: 'application/octet-stream', bytes: pdfBytes() }, limits)).toEqual({
      ok: true,
      mediaType: 'application/pdf',
      size: 233,
    });
  });

  it('accepts a file of exactly the size limit and refuses one byte more', () => {
    expect(checkUpload({ name: 'gross.pdf', type: 'application/pdf', bytes: bigPdfBytes(4096) }, limits).ok).toBe(true);
    expect(checkUpload({ name: 'gross.pdf', type: 'application/pdf', bytes: bigPdfBytes(4097) }, limits)).toEqual({
      ok: false,
      code: 'too-big',
      params: { name: 'gross.pdf', size: 4097, limit: 4096, limitMb: 0 },
    });
  });

  it('refuses a file that would bring the total over the limit', () => {
    expect(checkUpload({ name: 'dritte.pdf', type: 'application/pdf', bytes: bigPdfBytes(3000) }, limits, 4000)).toEqual({
      ok: false,
      code: 'total-too-big',
      params: { name: 'dritte.pdf', total: 7000, limit: 6144, limitMb: 0 },
    });
  });

  it('refuses a truncated PDF as corrupt', () => {
    const bytes = pdfBytes();
    expect(checkUpload({ name: 'halb.pdf', type: 'application/pdf', bytes: bytes.subarray(0, bytes.length - 10) }, limits)).toEqual({
      ok: false,
      code: 'corrupt',
      params: { name: 'halb.pdf' },
    });
  });

  it('refuses a PDF whose startxref points at no cross-reference section as corrupt', () => {
    const text = new TextDecoder().decode(pdfBytes()).replace(/startxref\n\d+/, 'startxref\n12');
    expect(checkUpload({ name: 'kaputt.pdf', type: 'application/pdf', bytes: ascii(text) }, limits)).toEqual({
      ok: false,
      code: 'corrupt',
      params: { name: 'kaputt.pdf' },
    });
  });

  it('refuses a PDF with an /Encrypt entry in its trailer', () => {
    expect(checkUpload({ name: 'geschuetzt.pdf', type: 'application/pdf', bytes: pdfBytes({ encrypted: true }) }, limits)).toEqual({
      ok: false,
      code: 'encrypted',
      params: { name: 'geschuetzt.pdf' },
    });
  });

  it('finds /Encrypt in a cross-reference stream dictionary too', () => {
    const head = '%PDF-1.5\n';
    const object = '1 0 obj\n<< /Type /XRef /Size 2 /W [1 2 1] /Root 2 0 R /Encrypt 3 0 R /Length 0 >>\nstream\n\nendstream\nendobj\n';
    const bytes = ascii(`${head}${object}startxref\n${head.length}\n%%EOF\n`);
    expect(checkUpload({ name: 'neu.pdf', type: 'application/pdf', bytes }, limits)).toEqual({
      ok: false,
      code: 'encrypted',
      params: { name: 'neu.pdf' },
    });
  });

  it('refuses an image whose header holds no size as corrupt', () => {
    expect(checkUpload({ name: 'foto.png', type: 'image/png', bytes: pngBytes().subarray(0, 16) }, limits)).toEqual({
      ok: false,
      code: 'corrupt',
      params: { name: 'foto.png' },
    });
    expect(checkUpload({ name: 'foto.jpg', type: 'image/jpeg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xd9]) }, limits)).toEqual({
      ok: false,
      code: 'corrupt',
      params: { name: 'foto.jpg' },
    });
  });
});
