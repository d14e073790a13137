import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { formPages } from '../formDocs/formPages';
import { writeFormPages } from '../formDocs/writeFormPages';
import type { CliArgs, CliIo } from './CliIo';

/**
 * `formflow docs [-o docs/forms] [--check]`: writes one Markdown page per form (steps, fields,
 * Anlagen and Nachweis rules, the flow graph) and an index. With `--check` it writes nothing
 * and exits 1 when a page is missing or out of date.
 *
 * @example
 * await docsCommand({ positionals: [], formsRoot: '/…/forms', check: true }, io); // 0 when current
 */
export async function docsCommand(args: CliArgs, io: CliIo): Promise<number> {
  const outDir = resolve(io.cwd, args.out ?? 'docs/forms');
  if (args.check) {
    const stale = formPages(args.formsRoot)
      .map((page) => ({ path: join(outDir, page.file), text: page.text }))
      .filter(({ path, text }) => !existsSync(path) || readFileSync(path, 'utf8') !== text)
      .map(({ path }) => path);
    for (const path of stale) io.stderr.write(`${relative(io.cwd, path)}: out of date; run npx formflow docs\n`);
    return stale.length > 0 ? 1 : 0;
  }
  for (const path of writeFormPages(args.formsRoot, outDir)) io.stdout.write(`${relative(io.cwd, path)}\n`);
  return 0;
}
