import { forms } from 'virtual:formflow/forms';
import type { FormDefinition } from '../../engine/definition/types';

/**
 * A form's definition for stories, from the formflow Vite plugin (validators precompiled, as in
 * the demo). In its own module so that the story test can replace it with `loadForm` — jsdom
 * tests cannot resolve the plugin's virtual module.
 *
 * @example
 * loaders: [async () => ({ definition: await loadFormDefinition('vaem') })]
 */
export function loadFormDefinition(id: string): Promise<FormDefinition> {
  const load = Object.prototype.hasOwnProperty.call(forms, id) ? forms[id] : undefined;
  if (load === undefined) return Promise.reject(new Error(`virtual:formflow/forms has no form "${id}"; is forms/${id}/ there?`));
  return load();
}
