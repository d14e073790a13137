import type { DefinitionProblem } from './DefinitionProblem';

/**
 * Every file of one form, parsed but not yet checked (hence `unknown`), plus the shared files.
 * `readFormFiles` builds it from disk, the Vite plugin from JSON imports; `checkForm` checks it.
 * A file that does not exist is `undefined`; a file that exists but is not valid JSON is also
 * `undefined` and has a problem in `problems`.
 *
 * @example
 * const files = readFormFiles('forms', 'vaem');
 * files.dir;               // 'forms/vaem'
 * Object.keys(files.ui);   // ['person', 'auswahl', …]
 */
export interface FormFiles {
  /** the form's folder as problems name it, e.g. `forms/vaem` */
  dir: string;
  /** the shared folder as problems name it, e.g. `forms/shared` */
  sharedDir: string;
  /** form.json */
  manifest: unknown;
  /** schema.json */
  schema: unknown;
  /** flow.json */
  flow: unknown;
  /** ui/<step>.json by step */
  ui: Record<string, unknown>;
  /** i18n/<locale>.json by locale */
  i18n: Record<string, unknown>;
  /** evidence.json; undefined when the form has no Nachweis rules */
  evidence: unknown;
  /** scenarios/<name>.json by name */
  scenarios: Record<string, unknown>;
  /** shared/document-kinds.json */
  documentKinds: unknown;
  /** shared/i18n/<locale>.json by locale */
  sharedI18n: Record<string, unknown>;
  /** files that could not be read or parsed */
  problems: DefinitionProblem[];
}
