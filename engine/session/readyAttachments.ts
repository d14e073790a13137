import type { Attachment } from '../submission/types';
import type { UploadEntry } from './types';

/**
 * The attachments of the files that passed the checks, in upload order.
 *
 * @example
 * readyAttachments(snapshot.context.attachments).map((a) => a.filename); // ['mietvertrag.pdf']
 */
export function readyAttachments(entries: readonly UploadEntry[]): Attachment[] {
  return entries.flatMap((entry) => (entry.status === 'ready' && entry.attachment ? [entry.attachment] : []));
}
