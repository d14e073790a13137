import { plan } from '../plan/plan';
import { withValidationToday } from '../validation/validationToday';
import { CliError } from './CliError';
import type { CliArgs, CliIo } from './CliIo';
import { openForm } from './openForm';
import { readAnswersFile } from './readAnswersFile';

/**
 * `formflow plan <form> <answers.json>`: prints the plan for the answers as JSON (2-space
 * indented): path, Anlagen, Nachweise, progress, pruned answers, identity level.
 *
 * @example
 * await planCommand({ positionals: ['vaem', 'answers.json'], formsRoot: '/…/forms', today: '2026-03-10' }, io); // 0
 */
export async function planCommand(args: CliArgs, io: CliIo): Promise<number> {
  const [formId, answersPath] = args.positionals;
  if (formId === undefined) throw new CliError('missing the form id: formflow plan <form> <answers.json>');
  const { definition } = openForm(args.formsRoot, formId, io.cwd);
  const { answers, today, context } = readAnswersFile(answersPath, args.today, io.cwd);
  const result = withValidationToday(today, () => plan(definition, answers, { today, ...(context === undefined ? {} : { context }) }));
  io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  return 0;
}
