import { dirname, relative, resolve, sep } from 'node:path';
import { listForms } from '../definition/listForms';
import { loadForm } from '../definition/loadForm';
import { readFormFiles } from '../definition/readFormFiles';
import type { Scenario } from '../definition/types';
import { formPage, generatedMarker } from './formPage';
import { markdownTable } from './markdown';

/** A generated docs page: its file name in the docs folder and its Markdown. */
export interface GeneratedPage {
  /** e.g. `vaem.md`, `README.md` */
  file: string;
  text: string;
}

/**
 * The docs pages of every form below `formsRoot` (Node only): `<id>.md` per form (`formPage`)
 * and a `README.md` index, in form folder order. Names folders relative to the parent of
 * `formsRoot` (`forms/vaem`), so the pages do not depend on where the checkout lies. Throws a
 * `DefinitionError` for a form with problems: docs of a broken form would mislead.
 *
 * @example
 * formPages('forms').map((page) => page.file); // ['vaem.md', 'README.md']
 */
export function formPages(formsRoot: string): GeneratedPage[] {
  const root = resolve(formsRoot);
  const rows: string[][] = [];
  const pages: GeneratedPage[] = [];
  for (const { id, dir } of listForms(root)) {
    const definition = loadForm(root, id);
    const scenarios = readFormFiles(root, id).scenarios as Record<string, Scenario>;
    const formDir = relative(dirname(root), dir).split(sep).join('/');
    pages.push({ file: `${id}.md`, text: formPage(definition, scenarios, { formDir }) });
    const title = definition.messages['de']?.['form.title'] ?? id;
    const { manifest } = definition;
    rows.push([`[\`${id}\`](${id}.md)`, title, manifest.kind, manifest.version, String(Object.keys(scenarios).length)]);
  }
  const index = [
    '# Forms',
    `${generatedMarker}by engine/formDocs/formPages.ts from the form folders. Do not edit: change the forms and run \`npx formflow docs\`. -->`,
    'One page per form, generated from its files: the manifest, the flow as a graph, every step with its questions, the Anlage and Nachweis rules in words, and the scenarios.',
    markdownTable(['Form', 'Title', 'Kind', 'Version', 'Scenarios'], rows),
  ];
  return [...pages, { file: 'README.md', text: `${index.join('\n\n')}\n` }];
}
