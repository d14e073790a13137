import type { DefinitionProblem } from '../DefinitionProblem';
import type { FormFiles } from '../FormFiles';
import { problem } from '../problem';
import { isRecord, listing, own } from './json';
import { knownAnlagen } from './knownAnlagen';

/**
 * Problems of the Anlage codes of form.json: every rule's `anlage` must be a known Anlage
 * (`knownAnlagen`: the `anlage.<CODE>` texts of forms/shared/i18n).
 *
 * @example
 * checkAnlagen(files);
 * // [{ file: 'forms/x/form.json', pointer: '/anlagen/0/anlage', rule: 'unknown-anlage', severity: 'error',
 * //    message: 'unknown Anlage "KUD"; known: WEP, KI, …', fix: 'use a known code, or add "anlage.KUD" to forms/shared/i18n/de.json and en.json' }]
 */
export function checkAnlagen(files: FormFiles): DefinitionProblem[] {
  const rules = isRecord(files.manifest) ? own(files.manifest, 'anlagen') : undefined;
  if (!Array.isArray(rules)) return [];
  const known = knownAnlagen(files);
  // without shared texts every code would be unknown; checkTexts reports the missing files
  if (known.length === 0) return [];
  const problems: DefinitionProblem[] = [];
  rules.forEach((rule, index) => {
    const code = isRecord(rule) ? own(rule, 'anlage') : undefined;
    if (typeof code !== 'string' || known.includes(code)) return;
    problems.push(problem(
      'unknown-anlage',
      `${files.dir}/form.json`,
      `/anlagen/${index}/anlage`,
      `unknown Anlage "${code}"; known: ${listing(known)}`,
      `use a known code, or add "anlage.${code}" to the texts in ${files.sharedDir}/i18n`,
    ));
  });
  return problems;
}
