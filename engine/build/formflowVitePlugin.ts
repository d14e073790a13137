import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizePath, type Plugin, type ResolvedConfig } from 'vite';
import { checkForm } from '../definition/checkForm';
import { isError } from '../definition/isError';
import { DefinitionError } from '../definition/DefinitionError';
import type { FormFiles } from '../definition/FormFiles';
import { formatProblem } from '../definition/formatProblem';
import { listForms } from '../definition/listForms';
import { readFormFolder } from '../definition/readFormFolder';
import type { FlowConfig, FormManifest, JsonSchema } from '../definition/types';
import { includedAnlagen } from '../modules/includedAnlagen';
import { standaloneValidatorsModule } from '../validation/standaloneValidatorsModule';
import { formModuleSource } from './formModuleSource';
import { formsIndexSource } from './formsIndexSource';
import { resolvedId, virtualIds } from './virtualIds';

export interface FormflowPluginOptions {
  /** the folder with the form folders, relative to Vite's root (default `forms`) */
  formsDir?: string;
}

const engineDir = dirname(dirname(fileURLToPath(import.meta.url)));

/**
 * The Vite plugin that turns `forms/` into modules:
 *
 * - `virtual:formflow/forms` exports `formIds` and `forms: Record<id, () => Promise<FormDefinition>>`
 *   (one lazily loaded chunk per form);
 * - `virtual:formflow/form/<id>` imports the form's JSON files and
 *   `virtual:formflow/validators/<id>`, the step validators precompiled with ajv standalone
 *   code, so the browser never needs `eval` (strict Content-Security-Policy).
 *
 * A production build fails with every problem `checkForm` finds, one `file#pointer: message`
 * line each. In dev a form with problems fails to load, which shows Vite's error overlay with
 * the same lines, and any change below the forms folder reloads the page with fresh checks.
 *
 * @example
 * // vite.config.ts
 * export default defineConfig({ plugins: [react(), formflowVitePlugin()] });
 */
export function formflowVitePlugin(options: FormflowPluginOptions = {}): Plugin {
  let root = process.cwd();
  let formsRoot = resolve(root, options.formsDir ?? 'forms');
  let command: ResolvedConfig['command'] = 'serve';
  /** checked files per form id, so the validators module does not read them again */
  const checked = new Map<string, { files: FormFiles; dir: string }>();
  const loaded = new Set<string>();

  // file names in problems are relative to where the developer started Vite, as formflow lint prints them
  const read = (dir: string) => readFormFolder(dir, { sharedDir: join(formsRoot, 'shared'), displayRoot: process.cwd() });
  const formDir = (id: string): string => {
    const form = listForms(formsRoot).find((candidate) => candidate.id === id);
    if (!form) throw new Error(`formflow: unknown form "${id}"; known: ${listForms(formsRoot).map((f) => f.id).join(', ') || '(none)'}`);
    return form.dir;
  };
  const checkedForm = (id: string) => {
    const cached = checked.get(id);
    if (cached) return cached;
    const dir = formDir(id);
    const files = read(dir);
    const problems = checkForm(files).filter(isError);
    if (problems.length > 0) throw new DefinitionError(problems, `formflow: form ${files.dir}`);
    const result = { files, dir };
    checked.set(id, result);
    return result;
  };

  return {
    name: 'formflow',
    enforce: 'pre',

    configResolved(config) {
      root = config.root;
      formsRoot = resolve(root, options.formsDir ?? 'forms');
      command = config.command;
    },

    configureServer(server) {
      // forms/ usually lies outside Vite's root: watch it, so a new or changed form reloads the
      // page (a folder is no module, so it must not go through addWatchFile)
      server.watcher.add(formsRoot);
    },

    buildStart() {
      if (command !== 'build') return;
      // a production build must not ship a broken form: check all of them up front
      const lines: string[] = [];
      for (const form of listForms(formsRoot)) lines.push(...checkForm(read(form.dir)).filter(isError).map(formatProblem));
      if (lines.length > 0) this.error(`formflow: the form definitions have ${lines.length} problem(s):\n${lines.join('\n')}`);
    },

    resolveId(id) {
      if (id === virtualIds.forms || id.startsWith(virtualIds.formPrefix) || id.startsWith(virtualIds.validatorsPrefix)) {
        return resolvedId(id);
      }
      return undefined;
    },

    load(id) {
      if (!id.startsWith('\0virtual:formflow/')) return undefined;
      loaded.add(id);
      const virtual = id.slice(1);
      if (virtual === virtualIds.forms) {
        return formsIndexSource(listForms(formsRoot).map((form) => form.id));
      }
      if (virtual.startsWith(virtualIds.formPrefix)) {
        const formId = virtual.slice(virtualIds.formPrefix.length);
        const { files, dir } = checkedForm(formId);
        for (const file of filesOf(files, dir, join(formsRoot, 'shared'))) this.addWatchFile(file);
        const kinds = new Map(listForms(formsRoot).map((form) => [form.id, form.kind]));
        return formModuleSource({
          id: formId,
          files,
          formDir: dir,
          sharedDir: join(formsRoot, 'shared'),
          assembleModule: normalizePath(join(engineDir, 'definition', 'assembleDefinition.ts')),
          modules: includedAnlagen(files.manifest as FormManifest, files.flow as FlowConfig, (id) => kinds.get(id)),
          withAnlagenModule: normalizePath(join(engineDir, 'modules', 'withAnlagen.ts')),
          toSpecifier: normalizePath,
        });
      }
      if (virtual.startsWith(virtualIds.validatorsPrefix)) {
        const { files } = checkedForm(virtual.slice(virtualIds.validatorsPrefix.length));
        return standaloneValidatorsModule(files.schema as JsonSchema, {
          runtimeModule: normalizePath(join(engineDir, 'validation', 'standaloneRuntime.ts')),
        });
      }
      return undefined;
    },

    hotUpdate({ file }) {
      const below = relative(formsRoot, file);
      if (below.startsWith('..') || resolve(formsRoot, below) !== resolve(file)) return undefined;
      // any form file can change any check (texts, shared kinds): start over and reload the page
      checked.clear();
      for (const id of loaded) {
        const module = this.environment.moduleGraph.getModuleById(id);
        if (module) this.environment.moduleGraph.invalidateModule(module);
      }
      this.environment.hot.send({ type: 'full-reload' });
      return [];
    },
  };
}

/** Absolute paths of the files a form module depends on, for the watcher. */
function filesOf(files: FormFiles, dir: string, sharedDir: string): string[] {
  const locales = (files.manifest as { locales: string[] }).locales;
  return [
    join(dir, 'form.json'),
    join(dir, 'schema.json'),
    join(dir, 'flow.json'),
    join(dir, 'evidence.json'),
    ...Object.keys(files.ui).map((step) => join(dir, 'ui', `${step}.json`)),
    ...locales.map((locale) => join(dir, 'i18n', `${locale}.json`)),
    join(sharedDir, 'document-kinds.json'),
    ...locales.map((locale) => join(sharedDir, 'i18n', `${locale}.json`)),
  ];
}
