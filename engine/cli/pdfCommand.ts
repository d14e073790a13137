import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { plan } from '../plan/plan';
import { buildSubmission } from '../submission/buildSubmission';
import { withValidationToday } from '../validation/validationToday';
import { CliError } from './CliError';
import type { CliArgs, CliIo } from './CliIo';
import { openForm } from './openForm';
import { readAnswersFile } from './readAnswersFile';

/**
 * `formflow pdf <form> <answers.json> -o out.pdf`: writes the E-Akte copy of the answers, as the
 * submission would produce it without uploads (every Nachweis open). Deterministic: the
 * submission id and time derive from the form and the date, so the same input gives the same
 * bytes.
 *
 * @example
 * await pdfCommand({ positionals: ['vaem', 'answers.json'], formsRoot: '/…/forms', out: 'copy.pdf' }, io); // 0
 */
export async function pdfCommand(args: CliArgs, io: CliIo): Promise<number> {
  const [formId, answersPath] = args.positionals;
  if (formId === undefined) throw new CliError('missing the form id: formflow pdf <form> <answers.json> -o out.pdf');
  if (args.out === undefined) throw new CliError('missing the output file: formflow pdf <form> <answers.json> -o out.pdf');
  const { definition } = openForm(args.formsRoot, formId, io.cwd);
  const { answers, today, context } = readAnswersFile(answersPath, args.today, io.cwd);
  const withContext = context === undefined ? {} : { context };
  const required = withValidationToday(today, () => plan(definition, answers, { today, ...withContext })).identity.level;
  // pdf-lib is large: only this command loads it, and the engine itself never imports it
  const { loadFontsNode, renderEAkteCopy } = await import('../../pdf/index');
  const fonts = await loadFontsNode();
  const submission = await buildSubmission({
    definition,
    answers,
    today,
    ...withContext,
    locale: 'de',
    attachments: [],
    evidenceMarks: {},
    identityReached: required,
    now: new Date(`${today}T12:00:00.000Z`),
    submissionId: `${definition.manifest.id}-${today}`,
    renderPdf: (input) => renderEAkteCopy({ ...input, fonts }),
  });
  const out = resolve(io.cwd, args.out);
  writeFileSync(out, submission.pdf);
  io.stdout.write(`${args.out}: ${submission.pdf.byteLength} bytes, ${submission.metadata.contentHash}\n`);
  return 0;
}
