import { issueMessage } from '../i18n/issueMessage';
import { plan } from '../plan/plan';
import { pathIssues } from '../validation/pathIssues';
import { withValidationToday } from '../validation/validationToday';
import { CliError } from './CliError';
import type { CliArgs, CliIo } from './CliIo';
import { openForm } from './openForm';
import { readAnswersFile } from './readAnswersFile';

/**
 * `formflow validate <form> <answers.json>`: validates every step on the plan's path and prints
 * the issues as JSON `[{ step, path, code, message, params }]` with German messages; exits 1 if
 * there are any.
 *
 * @example
 * await validateCommand({ positionals: ['vaem', 'answers.json'], formsRoot: '/…/forms' }, io); // 1
 */
export async function validateCommand(args: CliArgs, io: CliIo): Promise<number> {
  const [formId, answersPath] = args.positionals;
  if (formId === undefined) throw new CliError('missing the form id: formflow validate <form> <answers.json>');
  const { definition } = openForm(args.formsRoot, formId, io.cwd);
  const { answers, today, context } = readAnswersFile(answersPath, args.today, io.cwd);
  const issues = withValidationToday(today, () => {
    const planned = plan(definition, answers, { today, ...(context === undefined ? {} : { context }) });
    return pathIssues(definition, planned, { today, ...(context === undefined ? {} : { context }) }).map(({ step, issue, local, stepDefinition }) => ({
      step,
      path: issue.path,
      code: issue.code,
      message: issueMessage(stepDefinition, 'de', local),
      params: issue.params,
    }));
  });
  io.stdout.write(`${JSON.stringify(issues, null, 2)}\n`);
  return issues.length > 0 ? 1 : 0;
}
