import { withComputed } from '../computed/withComputed';
import { withContext } from '../modules/withContext';
import { getAt } from '../util/pointer';
import type { Answers, FormDefinition, FormManifest, IdentityLevel } from '../definition/types';
import { plan } from '../plan/plan';
import { canonicalJson } from './canonicalJson';
import { evidenceStatus } from './evidenceStatus';
import type { RenderPdf } from './PdfInput';
import { sha256Hex } from './sha256Hex';
import type { Attachment, SubmissionMetadata, SubmissionPackage } from './types';
import { withValidationToday } from '../validation/validationToday';

export interface BuildSubmissionInput {
  definition: FormDefinition;
  /** all answers, abandoned branches included: they are pruned here */
  answers: Answers;
  /** ISO date YYYY-MM-DD: the application date */
  today: string;
  /** read-only context (`/$context/…`), e.g. an Anlage filled on its own with its person */
  context?: Record<string, unknown>;
  locale: string;
  /** the files that passed the checks; files for a Nachweis no longer required are left out */
  attachments: readonly Attachment[];
  /** Nachweise the citizen will hand in later */
  evidenceMarks: Readonly<Record<string, 'later'>>;
  identityReached: IdentityLevel;
  /** the moment of submission (`submittedAt`) */
  now: Date;
  /** when filling started (`createdAt`); defaults to `now` */
  startedAt?: Date;
  submissionId: string;
  renderPdf: RenderPdf;
}

/**
 * Builds the package the host transmits: metadata shaped after FIT-Connect, the pruned answers,
 * the files and the E-Akte copy from `renderPdf`. Deterministic: ids and times come from the
 * input, so the same input gives the same metadata and `contentHash`
 * (`sha256:` + hex over `canonicalJson({ data, attachments: [{ id, sha256 }] })`).
 *
 * It does not validate: the session submits only after every step on the path passed.
 *
 * @example
 * const pkg = await buildSubmission({ definition, answers, today: '2026-03-10', locale: 'de',
 *   attachments: [], evidenceMarks: {}, identityReached: 'basis', now: new Date(),
 *   submissionId: crypto.randomUUID(), renderPdf });
 * pkg.metadata.contentHash // 'sha256:…'
 */
export async function buildSubmission(input: BuildSubmissionInput): Promise<SubmissionPackage> {
  const { definition, answers, today, attachments, evidenceMarks } = input;
  // validators read the application date for date-past/date-future through a module clock
  const formPlan = withValidationToday(today, () =>
    plan(definition, answers, {
      today,
      evidenceStatus: evidenceStatus(attachments, evidenceMarks),
      ...(input.context === undefined ? {} : { context: input.context }),
    }),
  );
  const required = new Set(formPlan.evidence.map((item) => item.id));
  const submitted = attachments.filter((attachment) => required.has(attachment.evidenceId));
  const data = formPlan.pruned;

  const hashed = submitted.map((attachment) => ({ id: attachment.id, sha256: attachment.sha256 }));
  const contentHash = `sha256:${await sha256Hex(canonicalJson({ data, attachments: hashed }))}`;

  const { manifest } = definition;
  const metadata: SubmissionMetadata = {
    formId: manifest.id,
    formVersion: manifest.version,
    edition: manifest.edition,
    locale: input.locale,
    submissionId: input.submissionId,
    createdAt: (input.startedAt ?? input.now).toISOString(),
    submittedAt: input.now.toISOString(),
    routing: routingOf(manifest, withContext(withComputed(formPlan.pruned, formPlan.computed), input.context)),
    ...(input.context === undefined ? {} : { context: input.context }),
    identity: { required: formPlan.identity.level, reached: input.identityReached },
    anlagen: formPlan.anlagen,
    evidence: formPlan.evidence,
    attachments: submitted.map(withoutBytes),
    contentHash,
  };
  const pdf = await input.renderPdf({ definition, plan: formPlan, metadata, data, attachments: submitted });
  return { metadata, data, attachments: submitted, pdf };
}

function withoutBytes(attachment: Attachment): Omit<Attachment, 'bytes'> {
  const { bytes: _bytes, ...rest } = attachment;
  return rest;
}

/** The routing metadata: the Anliegensart, and the channel read where form.json `routing.kanal` points. */
function routingOf(manifest: FormManifest, seen: Record<string, unknown>): SubmissionMetadata['routing'] {
  const kanal = manifest.routing.kanal === undefined ? undefined : getAt(seen, manifest.routing.kanal);
  return { anliegensart: manifest.routing.anliegensart, ...(typeof kanal === 'string' ? { kanal } : {}) };
}
