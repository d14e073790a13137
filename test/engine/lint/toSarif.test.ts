import { describe, expect, it } from 'vitest';
import { lintRules } from '../../../engine/definition/lintRules';
import { problem } from '../../../engine/definition/problem';
import { toSarif } from '../../../engine/lint/toSarif';

const flow = '{\n  "initial": "start"\n}\n';

describe('toSarif', () => {
  const log = toSarif(
    [
      problem('unknown-step', 'forms/x/flow.json', '/initial', 'unknown step "start"; known: a'),
      problem('text-equals-key', 'forms/x/i18n/de.json', '/a', 'the text of "a" is its key', 'write the text a citizen reads'),
    ],
    (file) => (file === 'forms/x/flow.json' ? flow : undefined),
  ) as any;

  it('is a SARIF 2.1.0 log of the formflow tool listing every rule', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.runs[0].tool.driver.name).toBe('formflow');
    expect(log.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(Object.keys(lintRules));
    expect(log.runs[0].tool.driver.rules[0]).toEqual({
      id: 'invalid-json',
      shortDescription: { text: 'a file is not valid JSON' },
      help: { text: 'fix the syntax at the line and column named' },
      defaultConfiguration: { level: 'error' },
    });
  });

  it('gives each finding its rule, level, message, file, pointer and line and column when the file is readable', () => {
    expect(log.runs[0].results).toEqual([
      {
        ruleId: 'unknown-step',
        ruleIndex: Object.keys(lintRules).indexOf('unknown-step'),
        level: 'error',
        message: { text: 'unknown step "start"; known: a' },
        locations: [{
          physicalLocation: { artifactLocation: { uri: 'forms/x/flow.json' }, region: { startLine: 2, startColumn: 3 } },
          logicalLocations: [{ fullyQualifiedName: 'forms/x/flow.json#/initial', kind: 'member' }],
        }],
      },
      {
        ruleId: 'text-equals-key',
        ruleIndex: Object.keys(lintRules).indexOf('text-equals-key'),
        level: 'warning',
        message: { text: 'the text of "a" is its key (write the text a citizen reads)' },
        locations: [{
          physicalLocation: { artifactLocation: { uri: 'forms/x/i18n/de.json' } },
          logicalLocations: [{ fullyQualifiedName: 'forms/x/i18n/de.json#/a', kind: 'member' }],
        }],
      },
    ]);
  });
});
