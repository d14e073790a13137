import type { FormDefinition, ValidationIssue } from '../definition/types';
import { joinPointer } from '../util/pointer';
import { fieldKey } from './fieldKey';
import { lookupMessage } from './lookupMessage';
import { translate } from './translate';

/**
 * The text of a validation issue, from the most specific key that has a text:
 * `<field>.error.<code>` (the field's pointer without array indices), then for format errors
 * `error.format.<format>`, then `error.<code>`; if none has a text, that last key itself.
 * Variables are filled from the issue's params (`{{limit}}`).
 *
 * @example
 * issueMessage(definition, 'de', { code: 'pattern', path: '/umzug/neueAdresse/plz', params: {} });
 * // the text of 'umzug.neueAdresse.plz.error.pattern', else of 'error.pattern'
 */
export function issueMessage(
  definition: Pick<FormDefinition, 'messages'>,
  locale: string,
  issue: ValidationIssue,
): string {
  // a blocked step says what its form's text says (flow.json meta.blockMessage)
  const messageKey = issue.params['messageKey'];
  if (issue.code === 'blocked' && typeof messageKey === 'string') return translate(definition, locale, messageKey, issue.params);
  const field = fieldKey(fieldPath(issue));
  const candidates = field === '' ? [] : [`${field}.error.${issue.code}`];
  if (issue.code === 'format' && typeof issue.params['format'] === 'string') {
    candidates.push(`error.format.${issue.params['format']}`);
  }
  const generic = `error.${issue.code}`;
  candidates.push(generic);
  const key = candidates.find((candidate) => lookupMessage(definition, locale, candidate) !== undefined) ?? generic;
  return translate(definition, locale, key, issue.params);
}

// ajv reports a missing property at its parent object; its text belongs to the missing field.
function fieldPath(issue: ValidationIssue): string {
  const missing = issue.params['missingProperty'];
  if (issue.code !== 'required' || typeof missing !== 'string') return issue.path;
  const last = joinPointer([missing]);
  return issue.path.endsWith(last) ? issue.path : issue.path + last;
}
