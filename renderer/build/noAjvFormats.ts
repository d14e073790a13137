/**
 * Stands in for `ajv-formats` in browser bundles, next to `noCompileAjv`: JSON Forms adds the
 * formats to the ajv it never uses for compiling, so there is nothing to add.
 *
 * @example
 * addFormats(ajv); // returns ajv unchanged
 */
export default function addFormats<T>(ajv: T): T {
  return ajv;
}
