import type { DefinitionProblem } from '../DefinitionProblem';
import type { FormFiles } from '../FormFiles';
import { problem } from '../problem';
import { escapeToken, isRecord, own } from './json';
import { neededTexts } from './neededTexts';

/** Texts that live in forms/shared/i18n (a form may still override them). */
const SHARED_PREFIXES = ['error.', 'document.', 'anlage.', 'ui.'];

/**
 * Problems of the texts: for every locale of form.json, the form's and the shared i18n file
 * exist and are flat `"key": "text"` objects; every text the form needs (`neededTexts`) exists
 * (form texts over shared ones); and every key of one locale exists in the others.
 *
 * @example
 * checkTexts(files);
 * // [{ file: 'forms/x/i18n/en.json', pointer: '/steps.umzug.title',
 * //    message: 'missing text "steps.umzug.title" (needed by forms/x/flow.json#/states/umzug)' }]
 */
export function checkTexts(files: FormFiles): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const manifestLocales = isRecord(files.manifest) ? own(files.manifest, 'locales') : undefined;
  const locales = Array.isArray(manifestLocales) ? manifestLocales.filter((l): l is string => typeof l === 'string') : ['de'];
  const formFile = (locale: string) => `${files.dir}/i18n/${locale}.json`;
  const sharedFile = (locale: string) => `${files.sharedDir}/i18n/${locale}.json`;
  const unreadable = new Set(files.problems.map((unread) => unread.file));

  const texts = (value: unknown, file: string): Record<string, string> | undefined => {
    if (value === undefined) {
      if (!unreadable.has(file)) problems.push(problem('missing-file', file, '', 'missing file: every locale in form.json needs its texts'));
      return undefined;
    }
    if (!isRecord(value)) {
      problems.push(problem('invalid-texts', file, '', 'must be an object of texts { "key": "text" }'));
      return undefined;
    }
    for (const [key, text] of Object.entries(value)) {
      if (typeof text !== 'string') problems.push(problem('invalid-texts', file, `/${escapeToken(key)}`, 'must be a string; texts are flat: "steps.person.title": "…"'));
      else if (text === key) {
        problems.push(problem('text-equals-key', file, `/${escapeToken(key)}`, `the text of "${key}" is its key`, 'write the text a citizen reads'));
      }
    }
    return value as Record<string, string>;
  };

  for (const locale of Object.keys(files.i18n)) {
    if (!locales.includes(locale)) {
      problems.push(problem('unknown-locale', formFile(locale), '', `locale "${locale}" is not in form.json "locales"; add it there or remove the file`));
    }
  }
  const formTexts = new Map<string, Record<string, string>>();
  const shared = new Map<string, Record<string, string>>();
  for (const locale of locales) {
    const form = texts(own(files.i18n, locale), formFile(locale));
    const common = texts(own(files.sharedI18n, locale), sharedFile(locale));
    if (form) formTexts.set(locale, form);
    if (common) shared.set(locale, common);
  }

  const needs = neededTexts(files);
  for (const locale of locales) {
    const form = formTexts.get(locale);
    const common = shared.get(locale);
    // without both files every text would be reported; the missing file is the one problem
    if (!form || !common) continue;
    const has = (key: string) => Object.prototype.hasOwnProperty.call(form, key) || Object.prototype.hasOwnProperty.call(common, key);
    const reported = new Set<string>();
    for (const need of needs) {
      if (reported.has(need.key) || has(need.key) || need.alternatives.some(has)) continue;
      reported.add(need.key);
      const origin = need.pointer === '' ? need.file : `${need.file}#${need.pointer}`;
      problems.push(problem(
        need.key.startsWith('error.') ? 'missing-error-text' : 'missing-text',
        SHARED_PREFIXES.some((prefix) => need.key.startsWith(prefix)) ? sharedFile(locale) : formFile(locale),
        `/${escapeToken(need.key)}`,
        `missing text "${need.key}" (needed by ${origin})`,
      ));
    }
    problems.push(...missingInLocale(formTexts, locale, formFile(locale), reported));
    problems.push(...missingInLocale(shared, locale, sharedFile(locale), reported));
  }
  return problems;
}

/** Keys another locale has and this one lacks (each key once, in the other locale's order). */
function missingInLocale(byLocale: Map<string, Record<string, string>>, locale: string, file: string, reported: Set<string>): DefinitionProblem[] {
  const mine = byLocale.get(locale);
  if (!mine) return [];
  const problems: DefinitionProblem[] = [];
  for (const [other, texts] of byLocale) {
    if (other === locale) continue;
    for (const key of Object.keys(texts)) {
      if (Object.prototype.hasOwnProperty.call(mine, key) || reported.has(key)) continue;
      reported.add(key);
      problems.push(problem('missing-translation', file, `/${escapeToken(key)}`, `missing text "${key}"; the ${other} texts have it`));
    }
  }
  return problems;
}
