import type { PdfFonts } from './PdfFonts';

/**
 * Reads DejaVu Sans regular and bold from the installed `dejavu-fonts-ttf` package (Node: CLI,
 * tests, server-side rendering). In the browser use `loadFontsBrowser`. The Node modules are
 * imported inside the function so that a browser bundle importing `pdf/index` never loads them.
 *
 * @example
 * const pdf = await renderEAkteCopy({ ...input, fonts: await loadFontsNode() });
 */
export async function loadFontsNode(): Promise<PdfFonts> {
  const [{ readFile }, { createRequire }, { dirname, join }] = await Promise.all([
    import('node:fs/promises'),
    import('node:module'),
    import('node:path'),
  ]);
  const packageJson = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json');
  const folder = join(dirname(packageJson), 'ttf');
  const [regular, bold] = await Promise.all([
    readFile(join(folder, 'DejaVuSans.ttf')),
    readFile(join(folder, 'DejaVuSans-Bold.ttf')),
  ]);
  return { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
}
