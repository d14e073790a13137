import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { formflowVitePlugin } from '../../../engine/build/formflowVitePlugin';
import { DefinitionError } from '../../../engine/definition/DefinitionError';
import type { FormDefinition } from '../../../engine/definition/types';

const ROOT = process.cwd();
const VALID = 'test/fixtures/definitions/valid';
const BROKEN = 'test/fixtures/definitions/broken';

/** Calls a plugin hook the way Vite does (hooks may be functions or `{ handler }` objects). */
function call(plugin: Plugin, name: 'configResolved' | 'buildStart' | 'resolveId' | 'load' | 'hotUpdate', context: object, ...args: unknown[]): unknown {
  const hook = plugin[name] as unknown;
  const handler = (typeof hook === 'function' ? hook : (hook as { handler: unknown }).handler) as (...a: unknown[]) => unknown;
  return handler.call(context, ...args);
}

function pluginFor(formsDir: string, command: 'serve' | 'build' = 'serve') {
  const plugin = formflowVitePlugin({ formsDir });
  call(plugin, 'configResolved', {}, { root: ROOT, command } as ResolvedConfig);
  const watched: string[] = [];
  const context = {
    addWatchFile: (file: string) => watched.push(file),
    error: (message: string) => {
      throw new Error(message);
    },
  };
  return { plugin, context, watched, load: (id: string) => call(plugin, 'load', context, `\0${id}`) };
}

describe('formflowVitePlugin', () => {
  it('resolves its virtual ids and nothing else', () => {
    const { plugin, context } = pluginFor(VALID);
    expect(call(plugin, 'resolveId', context, 'virtual:formflow/forms')).toBe('\0virtual:formflow/forms');
    expect(call(plugin, 'resolveId', context, 'virtual:formflow/form/mini')).toBe('\0virtual:formflow/form/mini');
    expect(call(plugin, 'resolveId', context, 'virtual:formflow/validators/mini')).toBe('\0virtual:formflow/validators/mini');
    expect(call(plugin, 'resolveId', context, './main.ts')).toBeUndefined();
  });

  it('lists the forms with one lazy loader each', () => {
    expect(pluginFor(VALID).load('virtual:formflow/forms')).toBe(
      [
        'export const formIds = ["mini"];',
        'export const forms = {',
        '  "mini": () => import("virtual:formflow/form/mini").then((module) => module.definition),',
        '};',
        '',
      ].join('\n'),
    );
  });

  it('builds a form module from the JSON files and the precompiled validators', () => {
    const { load, watched } = pluginFor(VALID);
    const dir = resolve(VALID, 'mini');
    const shared = resolve(VALID, 'shared');
    const source = load('virtual:formflow/form/mini') as string;
    expect(source.split('\n').slice(0, 19)).toEqual([
      `import { assembleDefinition } from "${ROOT}/engine/definition/assembleDefinition.ts";`,
      'import { validators } from "virtual:formflow/validators/mini";',
      `import manifest from "${dir}/form.json";`,
      `import schema from "${dir}/schema.json";`,
      `import flow from "${dir}/flow.json";`,
      `import documentKinds from "${shared}/document-kinds.json";`,
      `import evidence from "${dir}/evidence.json";`,
      `import ui0 from "${dir}/ui/auswahl.json";`,
      `import ui1 from "${dir}/ui/erklaerung.json";`,
      `import ui2 from "${dir}/ui/haushalt.json";`,
      `import ui3 from "${dir}/ui/person.json";`,
      `import ui4 from "${dir}/ui/umzug.json";`,
      `import texts0 from "${dir}/i18n/de.json";`,
      `import texts1 from "${dir}/i18n/en.json";`,
      `import sharedTexts0 from "${shared}/i18n/de.json";`,
      `import sharedTexts1 from "${shared}/i18n/en.json";`,
      '',
      `/** ${VALID}/mini: checked by formflow at build time, so the browser assembles it without the checker. */`,
      'export const definition = assembleDefinition({',
    ]);
    expect(source).toContain('  ui: { "auswahl": ui0, "erklaerung": ui1, "haushalt": ui2, "person": ui3, "umzug": ui4 },\n');
    expect(source).toContain('  i18n: { "de": texts0, "en": texts1 },\n');
    expect(source).toContain('  scenarios: {},\n');
    expect(source).not.toContain('scenarios/');
    expect(watched).toContain(`${dir}/flow.json`);
    expect(watched).toContain(`${shared}/i18n/en.json`);
  });

  it('serves the validators as standalone code importing the shared runtime', () => {
    const source = pluginFor(VALID).load('virtual:formflow/validators/mini') as string;
    expect(source.split('\n')[0]).toBe(`import * as formflowRuntime from "${ROOT}/engine/validation/standaloneRuntime.ts";`);
    expect(source).toContain('export const validators = {');
    expect(source).not.toMatch(/new Function|\beval\s*\(/);
  });

  it('fails to load a form with problems, listing them for the dev overlay', () => {
    const { load } = pluginFor(BROKEN);
    expect(() => load('virtual:formflow/form/bad-flow')).toThrow(DefinitionError);
    expect(() => load('virtual:formflow/form/bad-flow')).toThrow(
      'formflow: form test/fixtures/definitions/broken/bad-flow has 1 problem:\n' +
        'test/fixtures/definitions/broken/bad-flow/flow.json#/states/auswahl/on/NEXT: unknown-step: unknown step "umzg"',
    );
  });

  it('fails a production build with every problem of every form', () => {
    const { plugin, context } = pluginFor(BROKEN, 'build');
    expect(() => call(plugin, 'buildStart', context)).toThrow(
      [
        'formflow: the form definitions have 2 problem(s):',
        'test/fixtures/definitions/broken/bad-flow/flow.json#/states/auswahl/on/NEXT: unknown-step: unknown step "umzg"; known: person, auswahl, umzug, haushalt, erklaerung, nachweise, zusammenfassung',
        'test/fixtures/definitions/broken/bad-json/flow.json: invalid-json: invalid JSON at line 5, column 46: Expected double-quoted property name',
      ].join('\n'),
    );
  });

  it('leaves the dev server running when forms have problems (the overlay shows them per form)', () => {
    const { plugin, context } = pluginFor(BROKEN, 'serve');
    expect(call(plugin, 'buildStart', context)).toBeUndefined();
  });

  it('reloads the page with fresh modules when a file below the forms folder changes', () => {
    const { plugin, load } = pluginFor(VALID);
    load('virtual:formflow/forms');
    load('virtual:formflow/form/mini');
    const modules = new Map([
      ['\0virtual:formflow/forms', { id: 'forms' }],
      ['\0virtual:formflow/form/mini', { id: 'mini' }],
    ]);
    const invalidateModule = vi.fn();
    const send = vi.fn();
    const context = { environment: { moduleGraph: { getModuleById: (id: string) => modules.get(id), invalidateModule }, hot: { send } } };

    expect(call(plugin, 'hotUpdate', context, { type: 'update', file: resolve(VALID, 'mini/i18n/de.json') })).toEqual([]);
    expect(invalidateModule.mock.calls).toEqual([[{ id: 'forms' }], [{ id: 'mini' }]]);
    expect(send.mock.calls).toEqual([[{ type: 'full-reload' }]]);

    expect(call(plugin, 'hotUpdate', context, { type: 'update', file: resolve('engine/plan/plan.ts') })).toBeUndefined();
    expect(send.mock.calls.length).toBe(1);
  });

  describe('in a real Vite build', () => {
    const out = mkdtempSync(join(tmpdir(), 'formflow-vite-'));
    afterAll(() => rmSync(out, { recursive: true, force: true }));

    it('bundles forms that load lazily and validate like the run-time validators', async () => {
      const entry = join(out, 'entry.js');
      writeFileSync(entry, 'export { forms, formIds } from "virtual:formflow/forms";\n');
      await build({
        configFile: false,
        root: ROOT,
        logLevel: 'silent',
        plugins: [formflowVitePlugin({ formsDir: VALID })],
        build: { ssr: entry, outDir: join(out, 'dist'), emptyOutDir: true, minify: false },
      });
      const built = (await import(pathToFileURL(join(out, 'dist', 'entry.js')).href)) as {
        formIds: string[];
        forms: Record<string, () => Promise<FormDefinition>>;
      };
      expect(built.formIds).toEqual(['mini']);
      const definition = await built.forms['mini']!();
      expect(definition.manifest.id).toBe('mini');
      expect(definition.messages['en']?.['document.mietvertrag']).toBe('Tenancy agreement');
      expect(definition.validators['person']!({ name: '' })).toEqual([
        { code: 'required', path: '/person/geburtsdatum', params: { missingProperty: 'geburtsdatum' } },
        { code: 'minLength', path: '/person/name', params: { limit: 1 } },
      ]);
    });
  });
});
