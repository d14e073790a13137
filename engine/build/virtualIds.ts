/**
 * The virtual module ids the formflow Vite plugin serves. Resolved ids carry Rollup's `\0`
 * prefix so no other plugin tries to load them from disk.
 *
 * @example
 * import { forms, formIds } from 'virtual:formflow/forms';
 * const definition = await forms['vaem']!();
 */
export const virtualIds = {
  forms: 'virtual:formflow/forms',
  formPrefix: 'virtual:formflow/form/',
  validatorsPrefix: 'virtual:formflow/validators/',
} as const;

/** The id Rollup and Vite use internally for a virtual id. */
export function resolvedId(id: string): string {
  return `\0${id}`;
}
