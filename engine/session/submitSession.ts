import type { Answers, IdentityLevel } from '../definition/types';
import { buildSubmission } from '../submission/buildSubmission';
import type { Attachment, SubmissionPackage } from '../submission/types';
import type { SessionEnv, SessionError } from './types';

export interface SubmitSessionInput {
  env: SessionEnv;
  answers: Answers;
  locale: string;
  attachments: Attachment[];
  evidenceMarks: Record<string, 'later'>;
  identityReached: IdentityLevel;
  submissionId: string;
  startedAt: string;
}

export interface SubmitSessionResult {
  package: SubmissionPackage;
  reference?: string;
}

/** A failed submission, carrying the session error to show. */
export class SubmitSessionError extends Error {
  readonly error: SessionError;

  constructor(error: Extract<SessionError, { message: string }>, options?: { cause?: unknown }) {
    super(error.message, options);
    this.name = 'SubmitSessionError';
    this.error = error;
  }
}

/**
 * Builds the package and hands it to the host's `submit` adapter (if any). Rejects with a
 * `SubmitSessionError`: `package-failed` when building (usually the PDF) failed, `submit-failed`
 * when the transport did, so the citizen can be told whether trying again may help.
 *
 * @example
 * const { package: pkg, reference } = await submitSession(input);
 */
export async function submitSession(input: SubmitSessionInput): Promise<SubmitSessionResult> {
  const { env } = input;
  let pkg: SubmissionPackage;
  try {
    pkg = await buildSubmission({
        definition: env.definition,
        answers: input.answers,
        today: env.today,
        ...(env.context === undefined ? {} : { context: env.context }),
        locale: input.locale,
        attachments: input.attachments,
        evidenceMarks: input.evidenceMarks,
        identityReached: input.identityReached,
        now: env.now(),
        startedAt: new Date(input.startedAt),
        submissionId: input.submissionId,
        renderPdf: env.adapters.renderPdf,
      });
  } catch (error) {
    throw new SubmitSessionError({ code: 'package-failed', message: messageOf(error) }, { cause: error });
  }
  if (env.adapters.submit === undefined) return { package: pkg };
  try {
    const { reference } = await env.adapters.submit(pkg);
    return reference === undefined ? { package: pkg } : { package: pkg, reference };
  } catch (error) {
    throw new SubmitSessionError({ code: 'submit-failed', message: messageOf(error) }, { cause: error });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
