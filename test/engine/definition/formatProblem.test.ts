import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../engine/definition/formatProblem';

describe('formatProblem', () => {
  it('prints file#pointer: message', () => {
    expect(formatProblem({ file: 'forms/vaem/flow.json', pointer: '/states/x/on/NEXT/0/target', message: 'unknown step "y"; known: a, b' })).toBe(
      'forms/vaem/flow.json#/states/x/on/NEXT/0/target: unknown step "y"; known: a, b',
    );
  });

  it('leaves out the pointer for a problem of the whole file', () => {
    expect(formatProblem({ file: 'forms/vaem/ui/umzug.json', pointer: '', message: 'missing file' })).toBe('forms/vaem/ui/umzug.json: missing file');
  });
});
