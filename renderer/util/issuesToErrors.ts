import type { ErrorObject } from 'ajv';
import type { ValidationIssue } from '../../engine/definition/types';

/**
 * The session's issues as the ajv-shaped errors `<JsonForms additionalErrors>` expects, each
 * already carrying its translated text. `params` stay empty on purpose: JSON Forms appends
 * `params.missingProperty` to the path of a `required` error, but our issue paths already point
 * at the missing field.
 *
 * @example
 * issuesToErrors([{ code: 'required', path: '/umzug/datum', params: {} }], () => 'Bitte …');
 * // [{ instancePath: '/umzug/datum', keyword: 'required', schemaPath: '', params: {}, message: 'Bitte …' }]
 */
export function issuesToErrors(issues: readonly ValidationIssue[], message: (issue: ValidationIssue) => string): ErrorObject[] {
  return issues.map((issue) => ({
    instancePath: issue.path,
    keyword: issue.code,
    schemaPath: '',
    params: {},
    message: message(issue),
  }));
}
