import type { ValidationIssue } from '../definition/types';
import { assertNever } from '../util/assertNever';
import type { ScenarioDifference, ScenarioResult } from './types';

/**
 * A scenario result for a terminal: a ✓ or ✗ line with the title, then for each difference what
 * was expected and what the engine got.
 *
 * @example
 * formatScenarioResult({ title: 'Umzug', passed: false, differences: [
 *   { what: 'identityLevel', expected: 'substanziell', actual: 'basis' },
 * ] });
 * // ✗ Umzug
 * //   identityLevel differs
 * //     expected: substanziell
 * //     got:      basis
 */
export function formatScenarioResult(result: ScenarioResult): string {
  const lines = [`${result.passed ? '✓' : '✗'} ${result.title}`];
  for (const difference of result.differences) lines.push(...describe(difference));
  return lines.join('\n');
}

function describe(difference: ScenarioDifference): string[] {
  switch (difference.what) {
    case 'steps':
      return pair('steps differ', difference.expected.join(' → '), difference.actual.join(' → '));
    case 'anlagen': {
      const names = (anlagen: typeof difference.actual) =>
        list(anlagen.map((a) => (a.key === undefined ? withItem(a.anlage, a.item) : `${a.anlage} (${a.key})`)));
      return pair('anlagen differ', names(difference.expected), names(difference.actual));
    }
    case 'evidence': {
      const names = (evidence: typeof difference.actual) =>
        list(evidence.map((e) => (e.anlage === undefined ? withItem(e.document, e.item) : `${e.document} (${e.anlage} ${e.key ?? ''})`)));
      return pair('evidence differs', names(difference.expected), names(difference.actual));
    }
    case 'identityLevel':
      return pair('identityLevel differs', difference.expected, difference.actual);
    case 'computed':
      return pair(`computed ${difference.field} differs`, JSON.stringify(difference.expected), JSON.stringify(difference.actual) ?? '(not computed)');
    case 'invalid':
      return ['  answers are invalid', ...difference.actual.map((issue) => `    ${issueLine(issue)}`)];
    default:
      return assertNever(difference);
  }
}

function pair(heading: string, expected: string, actual: string): string[] {
  return [`  ${heading}`, `    expected: ${expected}`, `    got:      ${actual}`];
}

function list(entries: string[]): string {
  return entries.length === 0 ? '(none)' : entries.join(', ');
}

function withItem(name: string, item: number | undefined): string {
  return item === undefined ? name : `${name} (item ${item})`;
}

function issueLine(issue: ValidationIssue): string {
  const params = Object.keys(issue.params).length === 0 ? '' : ` ${JSON.stringify(issue.params)}`;
  return `${issue.path || '/'}: ${issue.code}${params}`;
}
