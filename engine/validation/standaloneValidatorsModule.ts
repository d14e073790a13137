import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import standaloneCode from 'ajv/dist/standalone';
import type { JsonSchema } from '../definition/types';
import { addStepSchemas } from './addStepSchemas';
import { createAjv, STANDALONE_FORMATS_NAME } from './createAjv';

export interface StandaloneOptions {
  /**
   * Import specifier of `standaloneRuntime.ts` in the generated module. Defaults to its absolute
   * file path, which Node and Vite both resolve; the Vite plugin passes a virtual id instead.
   */
  runtimeModule?: string;
}

/** The helpers ajv's generated code `require`s, and what they become in our ES module. */
const ajvRuntime: Readonly<Record<string, string>> = {
  'require("ajv/dist/runtime/ucs2length").default': 'formflowRuntime.ucs2length',
  'require("ajv/dist/runtime/equal").default': 'formflowRuntime.equal',
};

/**
 * ES module source with the form's step validators precompiled (ajv standalone code), so a
 * browser validates without `new Function`/`eval` under a strict Content-Security-Policy.
 * It exports `validators: Record<step, StepValidator>`, giving exactly the issues
 * `compileStepValidators` gives (both map errors with `mapAjvErrors`). Node only (build time).
 *
 * @example
 * const source = standaloneValidatorsModule(schema);
 * // import * as formflowRuntime from "/…/engine/validation/standaloneRuntime.ts";
 * // …
 * // export const validators = { "person": (data) => …, … };
 */
export function standaloneValidatorsModule(schema: JsonSchema, options: StandaloneOptions = {}): string {
  const runtimeModule = options.runtimeModule ?? join(dirname(fileURLToPath(import.meta.url)), 'standaloneRuntime.ts');
  const ajv = createAjv({ standalone: true });
  const refs = addStepSchemas(ajv, schema);
  const exportNames: Record<string, string> = {};
  refs.forEach(({ id }, index) => {
    exportNames[`ajvStep${index}`] = id;
  });
  let code = refs.length > 0 ? standaloneCode(ajv, exportNames) : '';
  for (const [required, replacement] of Object.entries(ajvRuntime)) {
    code = code.split(required).join(replacement);
  }
  const leftover = /require\("[^"]*"\)/.exec(code);
  if (leftover) {
    // a new keyword pulled in another ajv helper: fail the build rather than ship a broken module
    throw new Error(`standaloneValidatorsModule: generated code needs ${leftover[0]}, which the standalone runtime does not provide`);
  }
  const entries = refs.map(({ step }, index) => {
    const name = `ajvStep${index}`;
    const key = JSON.stringify(step);
    return `  ${key}: (data) => (${name}(data) ? [] : formflowRuntime.mapAjvErrors(${key}, ${name}.errors)),`;
  });
  return [
    `import * as formflowRuntime from ${JSON.stringify(runtimeModule)};`,
    `const ${STANDALONE_FORMATS_NAME} = formflowRuntime.formats;`,
    code,
    '',
    `export const validators = {`,
    ...entries,
    `};`,
    '',
  ].join('\n');
}
