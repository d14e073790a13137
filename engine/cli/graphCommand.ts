import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { toMermaid } from '../graph/toMermaid';
import { CliError } from './CliError';
import type { CliArgs, CliIo } from './CliIo';
import { openForm } from './openForm';

/**
 * `formflow graph <form> [-o file] [--locale de|en]`: the flow as a Mermaid flowchart, with
 * step titles and conditions in plain words; printed, or written to the file.
 *
 * @example
 * await graphCommand({ positionals: ['vaem'], formsRoot: '/…/forms', out: 'vaem.mmd' }, io); // 0
 */
export async function graphCommand(args: CliArgs, io: CliIo): Promise<number> {
  const [formId] = args.positionals;
  if (formId === undefined) throw new CliError('missing the form id: formflow graph <form> [-o file]');
  const { definition } = openForm(args.formsRoot, formId, io.cwd);
  const locale = args.locale ?? 'de';
  if (!definition.manifest.locales.includes(locale)) {
    throw new CliError(`form "${formId}" has no locale "${locale}"; known: ${definition.manifest.locales.join(', ')}`);
  }
  const text = toMermaid(definition, locale);
  if (args.out === undefined) io.stdout.write(text);
  else writeFileSync(resolve(io.cwd, args.out), text);
  return 0;
}
