import type { EvidenceStatus } from '../plan/types';

/**
 * The status of each Nachweis from the files held and the citizen's "later" marks: a file makes
 * it `uploaded` (whatever the mark says), a mark makes it `later`; Nachweise not listed are
 * `missing`, which `plan` assumes for absent ids.
 *
 * @example
 * evidenceStatus([{ evidenceId: 'umzug:mietvertrag' }], { 'bank:kontoauszug': 'later' })
 * // { 'bank:kontoauszug': 'later', 'umzug:mietvertrag': 'uploaded' }
 */
export function evidenceStatus(
  attachments: readonly { evidenceId: string }[],
  marks: Readonly<Record<string, 'later'>>,
): Record<string, EvidenceStatus> {
  const status: Record<string, EvidenceStatus> = {};
  for (const id of Object.keys(marks)) status[id] = 'later';
  for (const attachment of attachments) status[attachment.evidenceId] = 'uploaded';
  return status;
}
