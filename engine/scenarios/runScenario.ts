import type { FormDefinition, Scenario } from '../definition/types';
import { pathIssues } from '../validation/pathIssues';
import { plan } from '../plan/plan';
import { deepEqual } from '../util/deepEqual';
import type { ScenarioDifference, ScenarioResult } from './types';

/**
 * Runs an author's scenario: plans its answers on its `today` and compares the path, the Anlagen
 * and the Nachweise (exactly, in plan order, `item` only for per-item rules) and, when expected,
 * the identity level and the listed fields of computed values; the answers must also pass the validator of every step on the path. The
 * result lists every difference, not only the first.
 *
 * @example
 * const result = runScenario(definition, scenario);
 * result.passed;      // false
 * result.differences; // [{ what: 'anlagen', expected: [{ anlage: 'KDU' }], actual: [] }]
 */
export function runScenario(definition: FormDefinition, scenario: Scenario): ScenarioResult {
  const planned = plan(definition, scenario.answers, {
    today: scenario.today,
    ...(scenario.context === undefined ? {} : { context: scenario.context }),
  });
  const { expect } = scenario;
  const differences: ScenarioDifference[] = [];

  const steps = planned.steps.map((step) => step.id);
  if (!deepEqual(steps, expect.steps)) differences.push({ what: 'steps', expected: expect.steps, actual: steps });

  // by instance key (a person's id) when the author wrote keys, else by item index
  const byKey = expect.anlagen.some((entry) => entry.key !== undefined);
  const anlagen = planned.anlagen.map(({ anlage, item, key }) =>
    byKey ? { anlage, key } : item === undefined ? { anlage } : { anlage, item },
  );
  if (!deepEqual(anlagen, expect.anlagen)) differences.push({ what: 'anlagen', expected: expect.anlagen, actual: anlagen });

  const evidence = planned.evidence.map(({ document, item, anlage, key }) =>
    anlage !== undefined && key !== undefined ? { document, anlage, key } : item === undefined ? { document } : { document, item },
  );
  if (!deepEqual(evidence, expect.evidence)) {
    differences.push({ what: 'evidence', expected: expect.evidence, actual: evidence });
  }

  if (expect.identityLevel !== undefined && expect.identityLevel !== planned.identity.level) {
    differences.push({ what: 'identityLevel', expected: expect.identityLevel, actual: planned.identity.level });
  }

  for (const [id, fields] of Object.entries(expect.computed ?? {})) {
    const value = planned.computed[id] as Record<string, unknown> | undefined;
    for (const [field, expected] of Object.entries(fields)) {
      const actual = value?.[field];
      if (!deepEqual(actual, expected)) differences.push({ what: 'computed', field: `${id}.${field}`, expected, actual });
    }
  }

  const issues = pathIssues(definition, planned, { today: scenario.today, ...(scenario.context === undefined ? {} : { context: scenario.context }) }).map(({ issue }) => issue);
  if (issues.length > 0) differences.push({ what: 'invalid', expected: [], actual: issues });

  return { title: scenario.title, passed: differences.length === 0, differences };
}
