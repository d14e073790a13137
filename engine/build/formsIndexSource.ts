import { virtualIds } from './virtualIds';

/**
 * Source of `virtual:formflow/forms`: the ids of all forms and a loader per form, so a page
 * downloads a form (texts, schema, validators) only when it shows it.
 *
 * @example
 * formsIndexSource(['vaem']);
 * // export const formIds = ["vaem"];
 * // export const forms = {
 * //   "vaem": () => import("virtual:formflow/form/vaem").then((module) => module.definition),
 * // };
 */
export function formsIndexSource(formIds: readonly string[]): string {
  const loaders = formIds.map(
    (id) => `  ${JSON.stringify(id)}: () => import(${JSON.stringify(virtualIds.formPrefix + id)}).then((module) => module.definition),`,
  );
  return [`export const formIds = ${JSON.stringify(formIds)};`, 'export const forms = {', ...loaders, '};', ''].join('\n');
}
