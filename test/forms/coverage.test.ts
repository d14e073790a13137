import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listForms } from '../../engine/definition/listForms';
import { loadForm } from '../../engine/definition/loadForm';
import { readFormFiles } from '../../engine/definition/readFormFiles';
import type { Scenario } from '../../engine/definition/types';
import { scenarioCoverage } from '../../engine/paths/scenarioCoverage';

const formsRoot = fileURLToPath(new URL('../../forms', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const forms = listForms(formsRoot);

describe('scenario coverage of the forms in forms/', () => {
  it('finds the forms', () => {
    expect(forms.map((form) => form.id)).toContain('vaem');
  });

  it.each(forms.map((form) => [form.id, relative(repoRoot, form.dir)]))('every step of %s is reached by a scenario', (id, dir) => {
    const definition = loadForm(formsRoot, id);
    const scenarios = readFormFiles(formsRoot, id).scenarios as Record<string, Scenario>;
    const { uncoveredSteps } = scenarioCoverage(definition, scenarios);
    const howToFix = uncoveredSteps
      .map((step) => `${dir}/flow.json#/states/${step}: no scenario reaches step "${step}"; add a scenario whose answers reach step ${step} to ${dir}/scenarios/`)
      .join('\n');
    expect(uncoveredSteps, howToFix).toEqual([]);
  });
});
