import { join } from 'node:path';
import type { FormFiles } from '../definition/FormFiles';
import { virtualIds } from './virtualIds';

export interface FormModuleInput {
  id: string;
  /** the checked files (for which ui, i18n and evidence files exist, and the display paths) */
  files: FormFiles;
  /** absolute folder of the form */
  formDir: string;
  /** absolute folder of the shared files */
  sharedDir: string;
  /** import specifier of engine/definition/assembleDefinition.ts */
  assembleModule: string;
  /** the Anlagen the form fills (see includedAnlagen), imported as their own form modules */
  modules?: { code: string; id: string }[];
  /** import specifier of engine/modules/withAnlagen.ts (needed when `modules` is not empty) */
  withAnlagenModule?: string;
  /** turns an absolute file path into an import specifier (Vite: forward slashes) */
  toSpecifier: (path: string) => string;
}

/**
 * Source of `virtual:formflow/form/<id>`: imports the form's JSON files and its precompiled
 * validators and exports the `definition`. Scenarios stay out of the bundle; the checker is not
 * imported either, since the plugin ran it at build time.
 *
 * @example
 * formModuleSource({ id: 'vaem', files, formDir, sharedDir, assembleModule, toSpecifier });
 * // import { assembleDefinition } from "/…/engine/definition/assembleDefinition.ts";
 * // import { validators } from "virtual:formflow/validators/vaem";
 * // import manifest from "/…/forms/vaem/form.json";
 * // …
 * // export const definition = assembleDefinition({ … }, validators);
 */
export function formModuleSource(input: FormModuleInput): string {
  const { files } = input;
  const imports: string[] = [
    `import { assembleDefinition } from ${JSON.stringify(input.assembleModule)};`,
    `import { validators } from ${JSON.stringify(virtualIds.validatorsPrefix + input.id)};`,
  ];
  const json = (name: string, path: string) => imports.push(`import ${name} from ${JSON.stringify(input.toSpecifier(path))};`);
  const record = (prefix: string, keys: string[], pathOf: (key: string) => string): string => {
    const entries = keys.map((key, index) => {
      json(`${prefix}${index}`, pathOf(key));
      return `${JSON.stringify(key)}: ${prefix}${index}`;
    });
    return `{ ${entries.join(', ')} }`;
  };

  json('manifest', join(input.formDir, 'form.json'));
  json('schema', join(input.formDir, 'schema.json'));
  json('flow', join(input.formDir, 'flow.json'));
  json('documentKinds', join(input.sharedDir, 'document-kinds.json'));
  if (files.evidence !== undefined) json('evidence', join(input.formDir, 'evidence.json'));
  const modules = input.modules ?? [];
  if (modules.length > 0) {
    imports.push(`import { withAnlagen } from ${JSON.stringify(input.withAnlagenModule)};`);
    modules.forEach(({ id }, index) => imports.push(`import anlage${index} from ${JSON.stringify(virtualIds.formPrefix + id)};`));
  }
  const locales = (files.manifest as { locales: string[] }).locales;
  const ui = record('ui', Object.keys(files.ui), (step) => join(input.formDir, 'ui', `${step}.json`));
  const i18n = record('texts', locales, (locale) => join(input.formDir, 'i18n', `${locale}.json`));
  const shared = record('sharedTexts', locales, (locale) => join(input.sharedDir, 'i18n', `${locale}.json`));

  return [
    ...imports,
    '',
    `/** ${files.dir}: checked by formflow at build time, so the browser assembles it without the checker. */`,
    `export const definition = ${modules.length > 0 ? 'withAnlagen(' : ''}assembleDefinition({`,
    `  dir: ${JSON.stringify(files.dir)},`,
    `  sharedDir: ${JSON.stringify(files.sharedDir)},`,
    '  manifest,',
    '  schema,',
    '  flow,',
    `  ui: ${ui},`,
    `  i18n: ${i18n},`,
    `  evidence: ${files.evidence !== undefined ? 'evidence' : 'undefined'},`,
    '  scenarios: {},',
    '  documentKinds,',
    `  sharedI18n: ${shared},`,
    '  problems: [],',
    modules.length > 0
      ? `}, validators), { ${modules.map(({ code }, index) => `${JSON.stringify(code)}: anlage${index}`).join(', ')} });`
      : '}, validators);',
    'export default definition;',
    '',
  ].join('\n');
}
