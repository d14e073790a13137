import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generatedMarker } from '../../engine/formDocs/formPage';
import { formPages } from '../../engine/formDocs/formPages';

// docs/forms/ is generated from forms/: this test keeps it current.

const formsRoot = fileURLToPath(new URL('../../forms', import.meta.url));
const docsDir = fileURLToPath(new URL('../../docs/forms', import.meta.url));
const regenerate = 'run `npx tsx engine/formDocs/writeFormPages.ts` (or `npx formflow docs`) and commit docs/forms/';
const pages = formPages(formsRoot);

describe('docs/forms', () => {
  it('has a page per form and the index', () => {
    expect(pages.map((page) => page.file)).toContain('vaem.md');
    expect(pages.map((page) => page.file)).toContain('README.md');
  });

  it.each(pages.map((page) => [page.file, page.text]))('docs/forms/%s is up to date', (file, text) => {
    const path = join(docsDir, file);
    expect(existsSync(path), `docs/forms/${file} is missing; ${regenerate}`).toBe(true);
    expect(readFileSync(path, 'utf8'), `docs/forms/${file} is out of date; ${regenerate}`).toBe(text);
  });

  it('holds no generated page of a form that is gone', () => {
    const expected = new Set(pages.map((page) => page.file));
    const stale = readdirSync(docsDir).filter(
      (name) => name.endsWith('.md') && !expected.has(name) && readFileSync(join(docsDir, name), 'utf8').includes(generatedMarker),
    );
    expect(stale, `stale pages in docs/forms/; ${regenerate}`).toEqual([]);
  });
});
