import type { Scenario } from '../definition/types';
import { enumeratePaths } from '../paths/enumeratePaths';
import { scenarioCoverage } from '../paths/scenarioCoverage';
import { CliError } from './CliError';
import type { CliArgs, CliIo } from './CliIo';
import { openForm } from './openForm';

/**
 * `formflow paths <form> [--max N]`: prints the distinct paths through the form (at most N,
 * default 1,000) and which steps and transitions the form's scenarios cover, as JSON. Exits 1
 * when a step is covered by no scenario, naming it on stderr with the fix.
 *
 * @example
 * await pathsCommand({ positionals: ['vaem'], formsRoot: '/…/forms', max: 50 }, io); // 0
 */
export async function pathsCommand(args: CliArgs, io: CliIo): Promise<number> {
  const [formId] = args.positionals;
  if (formId === undefined) throw new CliError('missing the form id: formflow paths <form> [--max N]');
  const { definition, files } = openForm(args.formsRoot, formId, io.cwd);
  const enumeration = enumeratePaths(definition, { maxPaths: args.max ?? 1000 });
  const coverage = scenarioCoverage(definition, files.scenarios as Record<string, Scenario>);
  io.stdout.write(`${JSON.stringify({ form: formId, ...enumeration, coverage }, null, 2)}\n`);
  for (const step of coverage.uncoveredSteps) {
    io.stderr.write(
      `${files.dir}/flow.json#/states/${step}: no scenario reaches step "${step}"; add a scenario whose answers reach it\n`,
    );
  }
  return coverage.uncoveredSteps.length > 0 ? 1 : 0;
}
