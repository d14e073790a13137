import type { Answers, IdentityLevel } from '../definition/types';
import type { PlannedAnlage, PlannedEvidence } from '../plan/types';

/** An uploaded file that passed the checks. */
export interface Attachment {
  id: string;
  filename: string;
  mediaType: 'application/pdf' | 'image/jpeg' | 'image/png';
  size: number;
  /** hex SHA-256 of the bytes */
  sha256: string;
  /** the Nachweis (PlannedEvidence.id) this file fulfils */
  evidenceId: string;
  bytes: Uint8Array;
}

/** Shaped after FIT-Connect's submission metadata. */
export interface SubmissionMetadata {
  formId: string;
  formVersion: string;
  edition: string;
  locale: string;
  submissionId: string;
  /** ISO timestamps */
  createdAt: string;
  submittedAt: string;
  /** `kanal`: where the jobcenter handles it (e-akte, postfach, service-center), when the form says */
  /** what the host handed the form (`/$context/…`): the earlier submission, the jobcenter's configuration */
  context?: Record<string, unknown>;
  routing: { anliegensart: string; jobcenter?: string; kanal?: string };
  identity: { required: IdentityLevel; reached: IdentityLevel };
  anlagen: PlannedAnlage[];
  evidence: PlannedEvidence[];
  attachments: Omit<Attachment, 'bytes'>[];
  /** `sha256:<hex>` over the canonical JSON of data + attachment hashes */
  contentHash: string;
}

/** What the session hands to the host's submission adapter. */
export interface SubmissionPackage {
  metadata: SubmissionMetadata;
  /** pruned answers, valid against the form's schema */
  data: Answers;
  attachments: Attachment[];
  /** the E-Akte copy (German) */
  pdf: Uint8Array;
}
