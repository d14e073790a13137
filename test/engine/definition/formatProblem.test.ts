import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../engine/definition/formatProblem';

describe('formatProblem', () => {
  it('prints file#pointer: rule-id: message', () => {
    expect(formatProblem({ file: 'forms/vaem/flow.json', pointer: '/states/x/on/NEXT/0/target', rule: 'unknown-step', severity: 'error', message: 'unknown step "y"; known: a, b' })).toBe(
      'forms/vaem/flow.json#/states/x/on/NEXT/0/target: unknown-step: unknown step "y"; known: a, b',
    );
  });

  it('leaves out the pointer for a problem of the whole file', () => {
    expect(formatProblem({ file: 'forms/vaem/ui/umzug.json', pointer: '', rule: 'missing-file', severity: 'error', message: 'missing file' })).toBe('forms/vaem/ui/umzug.json: missing-file: missing file');
  });

  it('marks a warning after the rule id and puts the fix in parentheses', () => {
    expect(formatProblem({ file: 'forms/vaem/i18n/de.json', pointer: '/a', rule: 'text-equals-key', severity: 'warning', message: 'the text of "a" is its key', fix: 'write the text a citizen reads' })).toBe(
      'forms/vaem/i18n/de.json#/a: text-equals-key [warning]: the text of "a" is its key (write the text a citizen reads)',
    );
  });

  it('prints a problem without a rule id as file#pointer: message', () => {
    expect(formatProblem({ file: 'data/fristen.json', pointer: '/periods/2', message: 'unknown period' })).toBe('data/fristen.json#/periods/2: unknown period');
  });
});
