import { execFileSync } from 'node:child_process';

/**
 * The text of a PDF file as poppler's `pdftotext` reads it (UTF-8, layout not kept): what a
 * caseworker's viewer would find with search.
 *
 * @example
 * expect(pdfText('/tmp/copy.pdf')).toContain('Łódź');
 */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}
