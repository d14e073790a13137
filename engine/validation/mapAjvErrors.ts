import type { ErrorObject } from 'ajv';
import type { ValidationIssue } from '../definition/types';

/**
 * Turns ajv errors of one step into `ValidationIssue`s with paths from the answers root.
 * Shared as real code by the run-time validators and the generated standalone modules, so both
 * give the same issues for the same answers.
 *
 * - `required` and `dependentRequired` point at the missing field, not at its parent object, so
 *   the message lands next to the empty input.
 * - `if` errors are dropped: ajv adds one whenever a `then`/`else` branch fails, next to the
 *   branch's own, more precise errors, and it names no field a citizen could fix.
 *
 * @example
 * mapAjvErrors('person', [{ keyword: 'required', instancePath: '', params: { missingProperty: 'vorname' }, schemaPath: '#/required' }]);
 * // [{ code: 'required', path: '/person/vorname', params: { missingProperty: 'vorname' } }]
 */
export function mapAjvErrors(step: string, errors: readonly ErrorObject[] | null | undefined): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const error of errors ?? []) {
    if (error.keyword === 'if') continue;
    const params: Record<string, unknown> = { ...error.params };
    let path = '/' + escapeToken(step) + error.instancePath;
    const missing = params['missingProperty'];
    if ((error.keyword === 'required' || error.keyword === 'dependentRequired') && typeof missing === 'string') {
      path += '/' + escapeToken(missing);
    }
    issues.push({ code: error.keyword, path, params });
  }
  return issues;
}

function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
