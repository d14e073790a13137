/**
 * Stands in for `ajv` in browser bundles (aliased in vite.config.ts). JSON Forms imports ajv only
 * to validate and to evaluate schema-based rules; formflow uses neither (`validationMode:
 * "NoValidation"`, visibility through `options.showWhen`), and ajv compiles schemas with
 * `new Function`, which a strict Content-Security-Policy forbids. Without the alias the bundle
 * carries ajv's compiler (about 40 KB gzip) that is never called.
 *
 * If something does ask for a schema to be compiled, it fails with a message saying why,
 * instead of a CSP violation in the console.
 *
 * @example
 * // vite.config.ts
 * resolve: { alias: [{ find: /^ajv$/, replacement: 'renderer/build/noCompileAjv.ts' }] }
 */
export default class NoCompileAjv {
  readonly opts: Record<string, unknown>;

  constructor(options: Record<string, unknown> = {}) {
    this.opts = options;
  }

  compile(): never {
    throw new Error(
      'formflow: JSON Forms asked to compile a schema in the browser. Validation runs on the precompiled step validators ' +
        '(validationMode "NoValidation") and visibility on options.showWhen; JSON Forms rules and oneOf/anyOf renderers are not supported.',
    );
  }

  validate(): never {
    return this.compile();
  }

  addFormat(): this {
    return this;
  }

  addKeyword(): this {
    return this;
  }

  addSchema(): this {
    return this;
  }

  getSchema(): undefined {
    return undefined;
  }
}
