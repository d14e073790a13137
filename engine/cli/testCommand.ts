import { DefinitionError } from '../definition/DefinitionError';
import { formatProblem } from '../definition/formatProblem';
import { listForms } from '../definition/listForms';
import type { Scenario } from '../definition/types';
import { formatScenarioResult } from '../scenarios/formatScenarioResult';
import { runScenario } from '../scenarios/runScenario';
import { withValidationToday } from '../validation/validationToday';
import { CliError } from './CliError';
import type { CliArgs, CliIo } from './CliIo';
import { openForm } from './openForm';

/**
 * `formflow test [form]`: runs the scenario files of one form or of all forms and prints a
 * ✓ or ✗ line per scenario, with what differs below a ✗; exits 1 when a scenario fails or a
 * form has definition problems.
 *
 * @example
 * await testCommand({ positionals: ['vaem'], formsRoot: '/…/forms' }, io); // 0
 */
export async function testCommand(args: CliArgs, io: CliIo): Promise<number> {
  const only = args.positionals[0];
  let ids: string[];
  try {
    ids = only === undefined ? listForms(args.formsRoot).map((form) => form.id) : [only];
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  let passed = 0;
  let failed = 0;
  let broken = 0;
  for (const id of ids) {
    io.stdout.write(`${id}\n`);
    let opened;
    try {
      opened = openForm(args.formsRoot, id, io.cwd);
    } catch (error) {
      if (!(error instanceof DefinitionError)) throw error;
      broken++;
      io.stdout.write(error.problems.map((problem) => `  ${formatProblem(problem)}\n`).join(''));
      continue;
    }
    const scenarios = Object.entries(opened.files.scenarios) as [string, Scenario][];
    if (scenarios.length === 0) io.stdout.write('  (no scenarios)\n');
    for (const [, scenario] of scenarios) {
      // date-past/date-future must judge the answers on the scenario's date, not the real one
      const result = withValidationToday(scenario.today, () => runScenario(opened.definition, scenario));
      if (result.passed) passed++;
      else failed++;
      io.stdout.write(`${indent(formatScenarioResult(result))}\n`);
    }
  }
  const summary = [`${passed + failed} ${passed + failed === 1 ? 'scenario' : 'scenarios'}`, `${passed} passed`];
  if (failed > 0) summary.push(`${failed} failed`);
  if (broken > 0) summary.push(`${broken} ${broken === 1 ? 'form' : 'forms'} with problems`);
  io.stdout.write(`\n${summary.join(', ')}\n`);
  return failed > 0 || broken > 0 ? 1 : 0;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
