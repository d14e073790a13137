import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Reads real PDFs back with Debian's poppler-utils and qpdf, so the tests check what a viewer
 * and the E-Akte's text extraction see, not pdf-lib's own objects.
 */

const TOOLS = ['pdftotext', 'pdfinfo', 'pdfdetach', 'qpdf'] as const;

/** Fails with an install hint when a tool is missing, instead of an obscure spawn error. */
export function requirePdfTools(): void {
  const missing = TOOLS.filter((tool) => spawnSync('which', [tool]).status !== 0);
  if (missing.length > 0) {
    throw new Error(`PDF tests need ${missing.join(', ')} on PATH: apt-get install poppler-utils qpdf`);
  }
}

/** Writes the bytes to a fresh temp folder and returns the file path. */
export function writeTempPdf(bytes: Uint8Array, name = 'copy.pdf'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'formflow-pdf-')), name);
  writeFileSync(path, bytes);
  return path;
}

/** `pdftotext -layout` of the whole file, with no-break spaces as plain spaces. */
export function pdfText(path: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-layout', ...range, path, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
}

/** `pdfinfo` fields, e.g. Pages, Producer, CreationDate. */
export function pdfInfo(path: string): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-isodates', path], { encoding: 'utf8' });
  return Object.fromEntries(
    out.split('\n').filter((line) => line.includes(':')).map((line) => {
      const at = line.indexOf(':');
      return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    }),
  );
}

/** Page sizes in points, "w x h", as pdfinfo reports them per page. */
export function pageSizes(path: string): string[] {
  const pages = Number(pdfInfo(path)['Pages']);
  const out = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), path], { encoding: 'utf8' });
  return [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+ x [\d.]+) pts/gm)].map((match) => match[1] ?? '');
}

/** Exit status and output of `qpdf --check`. */
export function qpdfCheck(path: string): { status: number | null; output: string } {
  const result = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Names listed by `pdfdetach -list`. */
export function attachedFiles(path: string): string[] {
  const out = execFileSync('pdfdetach', ['-list', path], { encoding: 'utf8' });
  return out.split('\n').slice(1).map((line) => line.replace(/^\d+:\s*/, '').trim()).filter((line) => line !== '');
}

/** The bytes of embedded file number `index` (1-based), saved with `pdfdetach -save`. */
export function detach(path: string, index: number): Buffer {
  const target = join(mkdtempSync(join(tmpdir(), 'formflow-detach-')), 'file');
  execFileSync('pdfdetach', ['-save', String(index), '-o', target, path]);
  return readFileSync(target);
}

/** Encrypts a PDF with qpdf (user password "geheim"). */
export function encryptWithQpdf(bytes: Uint8Array): Uint8Array {
  const input = writeTempPdf(bytes, 'plain.pdf');
  const output = join(mkdtempSync(join(tmpdir(), 'formflow-enc-')), 'encrypted.pdf');
  execFileSync('qpdf', ['--encrypt', 'geheim', 'geheim', '256', '--', input, output]);
  return new Uint8Array(readFileSync(output));
}
