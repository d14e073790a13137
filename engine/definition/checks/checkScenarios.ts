import type { DefinitionProblem } from '../DefinitionProblem';
import type { FormFiles } from '../FormFiles';
import { problem } from '../problem';
import { parseInstanceStepId } from '../../modules/instanceStepId';
import { flowStates } from './flowStates';
import { isRecord, listing, own } from './json';
import { scenarioSchema } from './scenarioSchema';
import { schemaProblems } from './schemaProblems';

/**
 * Problems of the scenario files: their shape, and that the expected steps, Anlagen and
 * documents are ones the form can produce at all (whether they come out for these answers is
 * what `formflow test` checks).
 *
 * @example
 * checkScenarios(files);
 * // [{ file: 'forms/x/scenarios/umzug.json', pointer: '/expect/steps/2', message: 'unknown step "umzg"; known: …' }]
 */
export function checkScenarios(files: FormFiles): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const steps = flowStates(files.flow).map((state) => state.id);
  const anlagenRules = isRecord(files.manifest) ? own(files.manifest, 'anlagen') : undefined;
  const anlagen = Array.isArray(anlagenRules) ? [...new Set(anlagenRules.map((rule) => (isRecord(rule) ? rule['anlage'] : undefined)).filter((code): code is string => typeof code === 'string'))] : [];
  const documents = Array.isArray(files.evidence)
    ? [...new Set(files.evidence.flatMap((rule) => (isRecord(rule) && Array.isArray(rule['documents']) ? rule['documents'] : [])).filter((d): d is string => typeof d === 'string'))]
    : [];

  const dynamic = Array.isArray(files.evidence) && files.evidence.some((rule) => isRecord(rule) && typeof rule['documentFrom'] === 'string');
  for (const [name, scenario] of Object.entries(files.scenarios)) {
    if (scenario === undefined) continue;
    const file = `${files.dir}/scenarios/${name}.json`;
    const shape = schemaProblems(scenarioSchema, scenario, file, '', 'invalid-scenario');
    problems.push(...shape);
    if (shape.length > 0 || !isRecord(scenario) || !isRecord(scenario['expect'])) continue;
    const expect = scenario['expect'];
    (expect['steps'] as string[]).forEach((step, index) => {
      const instance = parseInstanceStepId(step);
      if (instance !== undefined) {
        if (!anlagen.includes(instance.anlage)) problems.push(problem('unknown-step', file, `/expect/steps/${index}`, `step "${step}" belongs to Anlage ${instance.anlage}, which no rule of form.json brings in; known: ${listing(anlagen)}`));
        return;
      }
      if (steps.length > 0 && !steps.includes(step)) problems.push(problem('unknown-step', file, `/expect/steps/${index}`, `unknown step "${step}"; known: ${listing(steps)}`));
    });
    (expect['anlagen'] as { anlage: string }[]).forEach(({ anlage }, index) => {
      if (!anlagen.includes(anlage)) problems.push(problem('impossible-expectation', file, `/expect/anlagen/${index}/anlage`, `no rule of form.json brings in Anlage "${anlage}"; known: ${listing(anlagen)}`));
    });
    (expect['evidence'] as { document: string; anlage?: string }[]).forEach(({ document, anlage }, index) => {
      // an Anlage's own Nachweise are checked with the Anlage's scenarios
      if (anlage !== undefined) {
        if (!anlagen.includes(anlage)) problems.push(problem('impossible-expectation', file, `/expect/evidence/${index}/anlage`, `no rule of form.json brings in Anlage "${anlage}"; known: ${listing(anlagen)}`));
        return;
      }
      // a rule naming its documents from the items (documentFrom) can ask any kind
      if (!documents.includes(document) && !dynamic) problems.push(problem('impossible-expectation', file, `/expect/evidence/${index}/document`, `no rule of evidence.json asks for "${document}"; known: ${listing(documents)}`));
    });
  }
  return problems;
}
