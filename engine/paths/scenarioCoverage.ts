import type { FormDefinition, Scenario } from '../definition/types';
import { parseInstanceStepId } from '../modules/instanceStepId';
import { guardAnswers } from '../plan/guardAnswers';
import { plan } from '../plan/plan';
import { deepEqual } from '../util/deepEqual';
import { allSteps } from './allSteps';
import { allTransitions } from './allTransitions';
import { takenTransitions } from './takenTransitions';
import type { CoverageEntry, ScenarioCoverage } from './types';

/**
 * Which states and transitions of flow.json the scenarios exercise. A scenario covers the steps
 * on its `plan` path and the transitions its walk took: `takenTransitions` walks the flow again
 * on the scenario's answers and `today`, trying each state's `always` transitions and then its
 * `NEXT` transitions in XState's order and recording the first that holds. That walk must
 * reach the same steps as `plan`; if it does not, the engine disagrees with itself and this throws.
 *
 * Scenarios are given by name (the file name without .json, as `FormFiles.scenarios` holds them).
 *
 * @example
 * const coverage = scenarioCoverage(definition, files.scenarios as Record<string, Scenario>);
 * coverage.uncoveredSteps;       // ['schwangerschaft']
 * coverage.uncoveredTransitions; // ['schwangerschaft.NEXT']
 * coverage.steps[0];             // { id: 'person', covered: true, scenarios: ['01-umzug', …] }
 */
export function scenarioCoverage(
  definition: FormDefinition,
  scenarios: Readonly<Record<string, Scenario>>,
): ScenarioCoverage {
  const stepsBy = new Map<string, string[]>(allSteps(definition).map((id) => [id, []]));
  const transitionsBy = new Map<string, string[]>(allTransitions(definition).map((edge) => [edge.id, []]));

  for (const [name, scenario] of Object.entries(scenarios)) {
    const { answers, today, context } = scenario;
    // the form's own steps: an Anlage instance's steps are covered by the Anlage's scenarios
    const planned = plan(definition, answers, { today, ...(context === undefined ? {} : { context }) })
      .steps.map((step) => step.id)
      .filter((id) => parseInstanceStepId(id) === undefined);
    const walked = takenTransitions(definition, { answers: guardAnswers(definition.manifest, answers, today, context), today });
    if (!deepEqual(planned, walked.steps)) {
      throw new Error(
        `scenario "${name}": plan walks ${planned.join(' → ')} but the transitions lead through ` +
          `${walked.steps.join(' → ')}; the flow uses something takenTransitions does not model`,
      );
    }
    for (const id of new Set(planned)) stepsBy.get(id)?.push(name);
    for (const id of new Set(walked.transitions)) transitionsBy.get(id)?.push(name);
  }

  const steps = entries(stepsBy);
  const transitions = entries(transitionsBy);
  return {
    steps,
    transitions,
    uncoveredSteps: steps.filter((entry) => !entry.covered).map((entry) => entry.id),
    uncoveredTransitions: transitions.filter((entry) => !entry.covered).map((entry) => entry.id),
  };
}

function entries(by: Map<string, string[]>): CoverageEntry[] {
  return [...by].map(([id, names]) => ({ id, covered: names.length > 0, scenarios: names }));
}
