import type { DefinitionProblem } from '../DefinitionProblem';
import type { FormFiles } from '../FormFiles';
import { problem } from '../problem';
import { isRecord, listing, own } from './json';

/**
 * Problems of the links into other forms (a Label's `options.openForm`): each must name a form
 * of the forms root. Checked across forms, so `formflow lint` runs it with every form's id.
 *
 * @example
 * checkFormLinks(files, ['vaem', 'wba']);
 * // [{ file: 'forms/nachricht/ui/anliegen.json', pointer: '/elements/3/options/openForm', rule: 'unknown-form-link', message: 'no form "wbaa"; known: vaem, wba' }]
 */
export function checkFormLinks(files: FormFiles, formIds: readonly string[]): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const visit = (value: unknown, file: string, pointer: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, file, `${pointer}/${index}`));
      return;
    }
    if (!isRecord(value)) return;
    const options = own(value, 'options');
    const target = isRecord(options) ? own(options, 'openForm') : undefined;
    if (typeof target === 'string' && !formIds.includes(target)) {
      problems.push(problem('unknown-form-link', file, `${pointer}/options/openForm`, `no form "${target}"; known: ${listing([...formIds])}`));
    }
    for (const [key, inner] of Object.entries(value)) if (key !== 'options') visit(inner, file, `${pointer}/${key}`);
  };
  for (const [step, ui] of Object.entries(files.ui)) visit(ui, `${files.dir}/ui/${step}.json`, '');
  return problems;
}
