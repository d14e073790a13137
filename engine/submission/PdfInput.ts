import type { Answers, FormDefinition } from '../definition/types';
import type { Plan } from '../plan/types';
import type { Attachment, SubmissionMetadata } from './types';

/**
 * What the session hands to the PDF adapter for the E-Akte copy. The engine never imports
 * pdf-lib: the host passes `renderPdf(input)` (usually `pdf/`'s `renderEAkteCopy` with fonts
 * bound) and the engine calls it while building the submission package.
 *
 * @example
 * const renderPdf = (input: PdfInput) => renderEAkteCopy({ ...input, fonts });
 */
export interface PdfInput {
  definition: FormDefinition;
  /** the plan of the submitted answers (steps, Anlagen, Nachweise with status) */
  plan: Plan;
  metadata: SubmissionMetadata;
  /** the pruned answers, exactly as submitted */
  data: Answers;
  /** the submitted files, with bytes, to append to the copy */
  attachments: Attachment[];
}

/** The PDF adapter: same input, same bytes. */
export type RenderPdf = (input: PdfInput) => Promise<Uint8Array>;
