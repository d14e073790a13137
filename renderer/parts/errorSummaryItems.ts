import type { i18n } from 'i18next';
import type { FormDefinition, ValidationIssue } from '../../engine/definition/types';
import { fieldKey } from '../../engine/i18n/fieldKey';
import { issueMessage } from '../../engine/i18n/issueMessage';
import { parsePointer } from '../../engine/util/pointer';
import { fieldId } from '../util/fieldId';
import type { ErrorSummaryItem } from './ErrorSummary';

/**
 * The error summary's links for a step's issues: each leads to the field's id and reads
 * "question: what is wrong" — the generic error texts ("Bitte beantworten Sie diese Frage.")
 * need the question to make sense out of context. In a list the item is named too
 * ("Vorname (Person 2): …"); a missing Nachweis is named by its document.
 *
 * @example
 * errorSummaryItems(definition, i18n, [{ code: 'required', path: '/umzug/datum', params: {} }]);
 * // [{ targetId: 'ff-umzug-datum', text: 'Datum des Umzugs: Bitte beantworten Sie diese Frage.' }]
 */
export function errorSummaryItems(definition: FormDefinition, i18n: i18n, issues: readonly ValidationIssue[], prefix = ''): ErrorSummaryItem[] {
  const locale = i18n.language;
  return issues.map((issue) => {
    const message = issueMessage(definition, locale, issue);
    const question = questionOf(i18n, issue, prefix);
    return { targetId: fieldId(issue.path), text: question === undefined ? message : `${question}: ${message}` };
  });
}

function questionOf(i18n: i18n, issue: ValidationIssue, prefix: string): string | undefined {
  const document = issue.params['document'];
  if (issue.code === 'evidence' && typeof document === 'string') return i18n.t(`document.${document}`);
  const key = `${prefix}${fieldKey(issue.path)}.label`;
  if (!i18n.exists(key)) return undefined;
  const label = i18n.t(key);
  const item = listItemOf(i18n, issue.path, prefix);
  return item === undefined ? label : `${label} (${item})`;
}

/** The title of the innermost list item the path runs through ("Person 2"), if any. */
function listItemOf(i18n: i18n, pointer: string, prefix: string): string | undefined {
  const tokens = parsePointer(pointer);
  for (let index = tokens.length - 1; index >= 0; index -= 1) {
    const token = tokens[index] ?? '';
    if (!/^\d+$/.test(token)) continue;
    const listKey = prefix + tokens.slice(0, index).filter((part) => !/^\d+$/.test(part)).join('.');
    const number = Number(token) + 1;
    return i18n.exists(`${listKey}.item`) ? i18n.t(`${listKey}.item`, { number }) : i18n.t('ui.list.item', { number });
  }
  return undefined;
}
