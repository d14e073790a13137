import { checkAnlagen } from './checks/checkAnlagen';
import { checkComputed } from './checks/checkComputed';
import { checkCoverage } from './checks/checkCoverage';
import { checkEvidence } from './checks/checkEvidence';
import { checkFlow } from './checks/checkFlow';
import { checkManifest } from './checks/checkManifest';
import { checkScenarios } from './checks/checkScenarios';
import { checkSchema } from './checks/checkSchema';
import { checkSteps } from './checks/checkSteps';
import { checkTexts } from './checks/checkTexts';
import { checkUi } from './checks/checkUi';
import { checkVordruck } from './checks/checkVordruck';
import type { DefinitionProblem } from './DefinitionProblem';
import type { FormFiles } from './FormFiles';
import { problem } from './problem';

/**
 * Every problem of a form definition across its files, collected (never only the first):
 * unreadable files, form.json, schema.json, flow.json, steps ↔ schema ↔ UI schemas, UI schemas,
 * texts in every locale, Nachweis rules and scenarios. Conditions are checked wherever they
 * occur. An empty list means the form can be loaded.
 *
 * @example
 * checkForm(readFormFiles('forms', 'vaem')).map(formatProblem);
 * // ['forms/vaem/flow.json#/states/x/on/NEXT/0/target: unknown step "y"; known: a, b']
 */
export function checkForm(files: FormFiles): DefinitionProblem[] {
  return [
    ...files.problems,
    ...missingFiles(files),
    ...checkManifest(files),
    ...checkComputed(files),
    ...checkSchema(files),
    ...checkFlow(files),
    ...checkSteps(files),
    ...checkUi(files),
    ...checkCoverage(files),
    ...checkAnlagen(files),
    ...checkVordruck(files),
    ...checkTexts(files),
    ...checkEvidence(files),
    ...checkScenarios(files),
  ];
}

function missingFiles(files: FormFiles): DefinitionProblem[] {
  const unreadable = new Set(files.problems.map((problem) => problem.file));
  const required: [unknown, string, string][] = [
    [files.manifest, `${files.dir}/form.json`, 'the manifest (FormManifest)'],
    [files.schema, `${files.dir}/schema.json`, 'the JSON Schema of the answers'],
    [files.flow, `${files.dir}/flow.json`, 'the flow of steps'],
    [files.documentKinds, `${files.sharedDir}/document-kinds.json`, 'the document kinds all forms share'],
  ];
  return required
    .filter(([value, file]) => value === undefined && !unreadable.has(file))
    .map(([, file, what]) => problem('missing-file', file, '', `missing file: every form needs ${what}`));
}
