import type { EvidenceLineStatus } from '../DocumentModel';
import { labels } from '../labels';

/**
 * The status of a Nachweis as the checklist prints it.
 *
 * @example
 * formatEvidenceStatus({ kind: 'uploaded', filenames: ['mietvertrag.pdf'] }) // → 'hochgeladen: mietvertrag.pdf'
 */
export function formatEvidenceStatus(status: EvidenceLineStatus): string {
  switch (status.kind) {
    case 'uploaded':
      return labels.uploaded(status.filenames);
    case 'later':
      return labels.later;
    case 'missing':
      return labels.missing;
    default:
      return assertNever(status);
  }
}

function assertNever(value: never): never {
  throw new Error(`formatEvidenceStatus: unknown status ${JSON.stringify(value)}`);
}
