import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generatedMarker } from './formPage';
import { formPages } from './formPages';

/**
 * Writes the docs page of every form and the index (`formPages`) into `outDir` (Node only) and
 * removes generated pages of forms that no longer exist (pages carrying the generated marker;
 * hand-written files stay). Returns the paths written, in page order.
 *
 * Also runs as a script: `npx tsx engine/formDocs/writeFormPages.ts [formsRoot] [outDir]`
 * (defaults `forms` and `docs/forms`).
 *
 * @example
 * writeFormPages('forms', 'docs/forms'); // ['docs/forms/vaem.md', 'docs/forms/README.md']
 */
export function writeFormPages(formsRoot: string, outDir: string): string[] {
  const pages = formPages(formsRoot);
  mkdirSync(outDir, { recursive: true });
  const files = new Set(pages.map((page) => page.file));
  for (const name of readdirSync(outDir)) {
    const path = join(outDir, name);
    if (name.endsWith('.md') && !files.has(name) && readFileSync(path, 'utf8').includes(generatedMarker)) rmSync(path);
  }
  return pages.map((page) => {
    const path = join(outDir, page.file);
    writeFileSync(path, page.text);
    return path;
  });
}

const script = process.argv[1];
if (script !== undefined && existsSync(script) && import.meta.url === pathToFileURL(resolve(script)).href) {
  const written = writeFormPages(process.argv[2] ?? 'forms', process.argv[3] ?? 'docs/forms');
  process.stdout.write(written.map((path) => `${path}\n`).join(''));
}
