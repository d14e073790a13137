import { assign, fromPromise, sendParent, setup } from 'xstate';
import type { UploadLimits } from '../definition/types';
import { sha256Hex } from '../submission/sha256Hex';
import type { Attachment } from '../submission/types';
import { checkUpload } from './checkUpload';
import type { UploadCheck, UploadError, UploadFile } from './types';

export interface UploadActorInput {
  /** the attachment id the session gave this file */
  attachmentId: string;
  evidenceId: string;
  file: UploadFile;
  limits: UploadLimits;
  /** bytes of the files the session already holds, for the total limit */
  usedBytes: number;
}

/** What an upload actor tells the session. */
export type UploadActorEvent =
  | { type: 'upload.reading'; attachmentId: string }
  | { type: 'upload.ready'; attachment: Attachment }
  | { type: 'upload.failed'; attachmentId: string; error: UploadError };

interface UploadActorContext extends UploadActorInput {
  check: UploadCheck;
  sha256?: string;
}

/**
 * One file on its way into the session, spawned by the session per `UPLOAD`:
 * `checking` (type, size, structure: `checkUpload`) → `reading` (SHA-256 with WebCrypto) →
 * `ready` | `failed`. It reports each stage to its parent (`upload.reading`, `upload.ready`
 * with the attachment, `upload.failed` with the error) and stops; a failed file never stops
 * the session.
 *
 * @example
 * spawnChild(uploadActor, { id, input: { attachmentId: id, evidenceId, file, limits, usedBytes } })
 */
export const uploadActor = setup({
  types: {
    input: {} as UploadActorInput,
    context: {} as UploadActorContext,
  },
  actors: {
    digest: fromPromise<string, { bytes: Uint8Array }>(({ input }) => sha256Hex(input.bytes)),
  },
  guards: {
    accepted: ({ context }) => context.check.ok,
  },
}).createMachine({
  id: 'upload',
  context: ({ input }) => ({ ...input, check: checkUpload(input.file, input.limits, input.usedBytes) }),
  initial: 'checking',
  states: {
    checking: {
      always: [{ guard: 'accepted', target: 'reading' }, { target: 'failed' }],
    },
    reading: {
      entry: sendParent(({ context }): UploadActorEvent => ({ type: 'upload.reading', attachmentId: context.attachmentId })),
      invoke: {
        src: 'digest',
        input: ({ context }) => ({ bytes: context.file.bytes }),
        onDone: { target: 'ready', actions: assign({ sha256: ({ event }) => event.output }) },
        // WebCrypto is missing only on insecure origins; the file cannot be taken then
        onError: {
          target: 'failed',
          actions: assign({ check: ({ context }) => ({ ok: false, code: 'corrupt', params: { name: context.file.name } }) }),
        },
      },
    },
    ready: {
      type: 'final',
      entry: sendParent(({ context }): UploadActorEvent => ({ type: 'upload.ready', attachment: toAttachment(context) })),
    },
    failed: {
      type: 'final',
      entry: sendParent(({ context }): UploadActorEvent => ({
        type: 'upload.failed',
        attachmentId: context.attachmentId,
        error: context.check.ok ? { code: 'corrupt', params: { name: context.file.name } } : { code: context.check.code, params: context.check.params },
      })),
    },
  },
});

function toAttachment(context: UploadActorContext): Attachment {
  if (!context.check.ok || context.sha256 === undefined) {
    throw new Error(`upload ${context.attachmentId}: ready without a passed check and a hash`);
  }
  return {
    id: context.attachmentId,
    filename: context.file.name,
    mediaType: context.check.mediaType,
    size: context.check.size,
    sha256: context.sha256,
    evidenceId: context.evidenceId,
    bytes: context.file.bytes,
  };
}
