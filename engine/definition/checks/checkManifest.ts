import type { DefinitionProblem } from '../DefinitionProblem';
import type { FormFiles } from '../FormFiles';
import { problem } from '../problem';
import { checkCondition, forEachScope } from './checkCondition';
import { isRecord, own } from './json';
import { manifestSchema } from './manifestSchema';
import { schemaProblems } from './schemaProblems';
import { conditionRoot } from './conditionRoot';

/**
 * Problems of `form.json`: its shape, German among the locales, unique rule ids, upload limits
 * that fit together, and the conditions and `forEach` paths of Anlage and identity rules.
 *
 * @example
 * checkManifest(files); // [{ file: 'forms/x/form.json', pointer: '/kind', message: 'must be one of "antrag", …; got "formular"' }]
 */
export function checkManifest(files: FormFiles): DefinitionProblem[] {
  const file = `${files.dir}/form.json`;
  const manifest = files.manifest;
  if (manifest === undefined) return [];
  const problems = schemaProblems(manifestSchema, manifest, file, '', 'invalid-manifest');
  if (!isRecord(manifest)) return problems;

  const locales = own(manifest, 'locales');
  if (Array.isArray(locales) && !locales.includes('de')) {
    problems.push(problem('invalid-manifest', file, '/locales', 'must include "de": German is the source language of every form'));
  }
  const uploads = own(manifest, 'uploads');
  if (isRecord(uploads) && typeof uploads['maxFileBytes'] === 'number' && typeof uploads['maxTotalBytes'] === 'number'
    && uploads['maxTotalBytes'] < uploads['maxFileBytes']) {
    problems.push(problem('invalid-manifest', file, '/uploads/maxTotalBytes', 'must not be smaller than maxFileBytes'));
  }
  for (const list of ['identityRules', 'anlagen'] as const) {
    const rules = own(manifest, list);
    if (!Array.isArray(rules)) continue;
    problems.push(...duplicateIds(rules, file, `/${list}`));
    rules.forEach((rule, index) => {
      if (isRecord(rule)) problems.push(...ruleConditionProblems(rule, file, `/${list}/${index}`, conditionRoot(files)));
    });
  }
  return problems;
}

/**
 * Problems of a rule's `forEach` and `when` (Anlage, identity and Nachweis rules share them).
 *
 * @example
 * ruleConditionProblems(rule, 'forms/x/evidence.json', '/0', schema);
 */
export function ruleConditionProblems(rule: Record<string, unknown>, file: string, pointer: string, schema: unknown): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const forEach = own(rule, 'forEach');
  let item;
  if (typeof forEach === 'string') {
    const result = forEachScope(forEach, { file, pointer: `${pointer}/forEach`, schema });
    problems.push(...result.problems);
    // without a valid forEach the `./` paths cannot be checked; the forEach problem says why
    if (!result.scope) return problems;
    item = result.scope;
  }
  const when = own(rule, 'when');
  if (isRecord(when)) problems.push(...checkCondition(when, { file, pointer: `${pointer}/when`, schema, ...(item ? { item } : {}) }));
  return problems;
}

/**
 * A problem for every rule whose `id` an earlier rule of the list already has.
 *
 * @example
 * duplicateIds([{ id: 'a' }, { id: 'a' }], 'forms/x/form.json', '/anlagen');
 * // [{ file: 'forms/x/form.json', pointer: '/anlagen/1/id', rule: 'duplicate-id', severity: 'error', message: 'duplicate id "a"; /anlagen/0 has it already' }]
 */
export function duplicateIds(rules: unknown[], file: string, pointer: string): DefinitionProblem[] {
  const first = new Map<string, number>();
  const problems: DefinitionProblem[] = [];
  rules.forEach((rule, index) => {
    const id = isRecord(rule) ? rule['id'] : undefined;
    if (typeof id !== 'string') return;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else problems.push(problem('duplicate-id', file, `${pointer}/${index}/id`, `duplicate id "${id}"; ${pointer}/${earlier} has it already`));
  });
  return problems;
}
