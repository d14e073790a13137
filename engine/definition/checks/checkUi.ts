import type { DefinitionProblem } from '../DefinitionProblem';
import type { FormFiles } from '../FormFiles';
import { walkUi } from './walkUi';

/**
 * Problems of the UI schemas (`ui/<step>.json`): known element types, control scopes that exist
 * in the schema below the step's property (list `detail`s relative to the item), known control
 * formats, no JSON Forms `rule`s, and valid `showWhen` conditions.
 *
 * @example
 * checkUi(files);
 * // [{ file: 'forms/x/ui/umzug.json', pointer: '/elements/0/scope', message: 'not in schema.json: no "plzz" in "/umzug"; known: datum, plz' }]
 */
export function checkUi(files: FormFiles): DefinitionProblem[] {
  return walkUi(files).problems;
}
