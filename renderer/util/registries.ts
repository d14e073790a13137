import type { JsonFormsCellRendererRegistryEntry, JsonFormsRendererRegistryEntry } from '@jsonforms/core';

/**
 * The renderer and cell registries to hand to a nested `JsonFormsDispatch`, leaving out the
 * ones that are not set: JSON Forms then falls back to those of `<JsonForms>`, and with
 * `exactOptionalPropertyTypes` an explicit `undefined` would not type-check.
 *
 * @example
 * <JsonFormsDispatch uischema={detail} schema={schema} path={path} {...registries(renderers, cells)} />
 */
export function registries(
  renderers: readonly JsonFormsRendererRegistryEntry[] | undefined,
  cells: readonly JsonFormsCellRendererRegistryEntry[] | undefined,
): { renderers?: JsonFormsRendererRegistryEntry[]; cells?: JsonFormsCellRendererRegistryEntry[] } {
  return {
    ...(renderers === undefined ? {} : { renderers: renderers as JsonFormsRendererRegistryEntry[] }),
    ...(cells === undefined ? {} : { cells: cells as JsonFormsCellRendererRegistryEntry[] }),
  };
}
