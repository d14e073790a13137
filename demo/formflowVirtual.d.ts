/**
 * Types of the module the formflow Vite plugin (engine/build/formflowVitePlugin.ts) serves.
 * Ambient, so the demo and the stories can import it; delete this file if the engine ships
 * its own declaration.
 */
declare module 'virtual:formflow/forms' {
  import type { FormDefinition } from '../engine/definition/types';

  /** the ids of all forms below forms/, in folder order */
  export const formIds: readonly string[];
  /** one loader per form: texts, schema and precompiled validators in a chunk of their own */
  export const forms: Readonly<Record<string, () => Promise<FormDefinition>>>;
}
