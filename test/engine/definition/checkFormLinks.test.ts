import { describe, expect, it } from 'vitest';
import { checkFormLinks } from '../../../engine/definition/checks/checkFormLinks';
import { formatProblem } from '../../../engine/definition/formatProblem';
import { listForms } from '../../../engine/definition/listForms';
import { readFormFolder } from '../../../engine/definition/readFormFolder';

describe('checkFormLinks', () => {
  const nachricht = readFormFolder('forms/nachricht', { sharedDir: 'forms/shared' });

  it('accepts links into forms of the forms root', () => {
    expect(checkFormLinks(nachricht, listForms('forms').map((form) => form.id))).toEqual([]);
  });

  it('names a link into a form that is not there, with the forms that are', () => {
    const lines = checkFormLinks(nachricht, ['vaem', 'widerspruch', 'terminanfrage', 'nachreichen']).map(formatProblem);
    expect(lines).toEqual([
      'forms/nachricht/ui/anliegen.json#/elements/3/options/openForm: unknown-form-link: no form "wba"; known: vaem, widerspruch, terminanfrage, nachreichen',
    ]);
  });
});
