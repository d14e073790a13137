import type { DefinitionProblem } from '../definition/DefinitionProblem';
import { lintRules, type RuleId } from '../definition/lintRules';
import { pointerLocation } from './pointerLocation';

/**
 * The findings as a SARIF 2.1.0 log for code-review tools: one run of the tool `formflow` with
 * every rule of `lintRules` (id, short description, help, default level) and one result per
 * finding. The file is the artifact location; the JSON pointer is the logical location, and when
 * `readText` gives the file's text, the pointer's line and column are the region.
 *
 * @example
 * JSON.stringify(toSarif(problems, (file) => readFileSync(file, 'utf8')), null, 2);
 */
export function toSarif(problems: readonly DefinitionProblem[], readText: (file: string) => string | undefined): Record<string, unknown> {
  const texts = new Map<string, string | undefined>();
  const textOf = (file: string) => {
    if (!texts.has(file)) texts.set(file, readText(file));
    return texts.get(file);
  };
  const ids = Object.keys(lintRules) as RuleId[];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'formflow',
          rules: ids.map((id) => ({
            id,
            shortDescription: { text: lintRules[id].summary },
            help: { text: lintRules[id].help },
            defaultConfiguration: { level: lintRules[id].severity },
          })),
        },
      },
      results: problems.map((problem) => {
        const text = textOf(problem.file);
        const location = text === undefined ? undefined : pointerLocation(text, problem.pointer);
        // every problem of checkForm has a rule; the fallback only serves other producers
        const rule = problem.rule ?? 'definition-problem';
        return {
          ruleId: rule,
          ...(ids.includes(rule as RuleId) ? { ruleIndex: ids.indexOf(rule as RuleId) } : {}),
          level: problem.severity ?? 'error',
          message: { text: problem.fix === undefined ? problem.message : `${problem.message} (${problem.fix})` },
          locations: [{
            physicalLocation: {
              artifactLocation: { uri: problem.file },
              ...(location ? { region: { startLine: location.line, startColumn: location.column } } : {}),
            },
            logicalLocations: [{ fullyQualifiedName: `${problem.file}#${problem.pointer}`, kind: 'member' }],
          }],
        };
      }),
    }],
  };
}
