import { readyAttachments } from './readyAttachments';
import type { SubmitSessionInput } from './submitSession';
import type { SessionContext } from './types';

/**
 * What `submitSession` needs from the session: all answers (pruned while building), the ready
 * files, marks, the identity reached and the submission id SUBMIT assigned.
 *
 * @example
 * submitSession(submitSessionInput(context));
 */
export function submitSessionInput(context: SessionContext): SubmitSessionInput {
  // SUBMIT assigns the id before entering `submitting`; reaching here without one is a bug
  if (context.submission === undefined) throw new Error('formSession: submitting without a submission id');
  return {
    env: context.env,
    answers: context.answers,
    locale: context.locale,
    attachments: readyAttachments(context.attachments),
    evidenceMarks: context.evidenceMarks,
    identityReached: context.identity.level,
    submissionId: context.submission.submissionId,
    startedAt: context.startedAt,
  };
}
