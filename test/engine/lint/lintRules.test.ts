import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintRules } from '../../../engine/definition/lintRules';

describe('lintRules', () => {
  it('has kebab-case ids, each documented by a section of docs/lint-rules.md', () => {
    const sections = readFileSync('docs/lint-rules.md', 'utf8').split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3));
    const ids = Object.keys(lintRules);
    expect(ids.filter((id) => !/^[a-z]+(-[a-z]+)*$/.test(id))).toEqual([]);
    expect(sections.filter((section) => section !== 'Output')).toEqual(ids);
  });

  it('makes only unused fields and texts equal to their keys warnings', () => {
    expect(Object.entries(lintRules).filter(([, rule]) => rule.severity === 'warning').map(([id]) => id)).toEqual(['unused-schema-field', 'text-equals-key']);
  });
});
