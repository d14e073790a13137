import { listForms } from './listForms';

/**
 * The absolute folder of the form with this id below the forms root (Node only). Throws
 * `unknown form "x"; known: a, b` when there is none.
 *
 * @example
 * findFormDir('forms', 'vaem'); // '/…/forms/vaem'
 */
export function findFormDir(formsRoot: string, id: string): string {
  const forms = listForms(formsRoot);
  const form = forms.find((candidate) => candidate.id === id);
  if (!form) {
    const known = forms.map((candidate) => candidate.id).join(', ') || '(none)';
    throw new Error(`unknown form "${id}"; known: ${known}`);
  }
  return form.dir;
}
