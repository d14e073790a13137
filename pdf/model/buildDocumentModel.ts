import type { FormDefinition } from '../../engine/definition/types';
import { translate } from '../../engine/i18n/translate';
import type { PlannedEvidence } from '../../engine/plan/types';
import type { PdfInput } from '../../engine/submission/PdfInput';
import type { Attachment } from '../../engine/submission/types';
import { summarize } from '../../engine/summary/summarize';
import type { AttachmentModel, DocumentModel, EvidenceLine, EvidenceLineStatus } from '../DocumentModel';
import { labels } from '../labels';
import { berlinIsoDate } from '../text/berlinIsoDate';
import { computedSection, contextSection } from './computedSection';
import { describeItem } from './describeItem';
import { findPersonName } from './findPersonName';

const LOCALE = 'de';

/**
 * The German document model of a submission: texts from the form's `de` messages, answers
 * through `summarize`, the plan's Anlagen and Nachweise with the uploaded files' names, and the
 * submitted data as JSON. Pure; `renderEAkteCopy` draws the result.
 *
 * @example
 * const model = buildDocumentModel({ definition, plan, metadata, data, attachments });
 * model.routing // { anliegensart: 'Veränderungsmitteilung', channel: 'Online' }
 */
export function buildDocumentModel(input: PdfInput): DocumentModel {
  const { definition, plan, metadata, data, attachments } = input;
  const text = (key: string): string => translate(definition, LOCALE, key);
  const sections = summarize(definition, plan, LOCALE, {
    today: berlinIsoDate(metadata.submittedAt),
    ...(metadata.context === undefined ? {} : { context: metadata.context }),
  })
    .filter((section) => section.rows.length > 0)
    .map(({ title, rows }) => ({ title, rows }));
  // what the engine computed (a deadline, whether it was kept) comes before the answers
  const computed = computedSection(definition, plan.computed);
  if (computed !== undefined) sections.unshift(computed);
  // what the portal handed over (the earlier submission it refers to) comes first of all
  const handed = contextSection(definition, metadata.context);
  if (handed !== undefined) sections.unshift(handed);
  const applicant = findPersonName(data);
  const evidenceNames = new Map(plan.evidence.map((item) => [item.id, evidenceName(definition, input, item)]));

  return {
    title: text('form.title'),
    form: { id: metadata.formId, version: metadata.formVersion, edition: metadata.edition },
    submissionId: metadata.submissionId,
    submittedAt: metadata.submittedAt,
    identity: labels.identityText(
      labels.identityLevels[metadata.identity.reached],
      labels.identityLevels[metadata.identity.required],
    ),
    ...(applicant === undefined ? {} : { applicant }),
    routing: {
      anliegensart: metadata.routing.anliegensart,
      ...(metadata.routing.jobcenter === undefined ? {} : { jobcenter: metadata.routing.jobcenter }),
      channel: labels.channelOnline,
      ...(metadata.routing.kanal === undefined ? {} : { kanal: labels.kanalNames[metadata.routing.kanal] ?? metadata.routing.kanal }),
    },
    anlagen: plan.anlagen.map((anlage) => {
      const rule = definition.manifest.anlagen?.find((candidate) => candidate.id === anlage.rule);
      const key = `anlage.${anlage.anlage}`;
      const name = labels.anlageName(anlage.anlage, text(key) === key ? undefined : text(key));
      return {
        name: labels.forItem(name, anlage.person ?? describeItem(data, rule?.forEach, anlage.item)),
        reason: text(anlage.reason),
      };
    }),
    // an optional attachment the citizen did not give is no open Nachweis
    evidence: plan.evidence.filter((item) => !(item.optional === true && evidenceStatus(item, attachments).kind === 'missing')).map(
      (item): EvidenceLine => ({
        name: evidenceNames.get(item.id) ?? item.id,
        reason: text(item.reason),
        status: evidenceStatus(item, attachments),
      }),
    ),
    sections,
    attachments: orderAttachments(plan.evidence, attachments).map(
      (attachment): AttachmentModel => ({
        filename: attachment.filename,
        mediaType: attachment.mediaType,
        bytes: attachment.bytes,
        evidenceLabel: evidenceNames.get(attachment.evidenceId) ?? attachment.evidenceId,
      }),
    ),
    data: new TextEncoder().encode(`${JSON.stringify(data, null, 2)}\n`),
    contentHash: metadata.contentHash,
  };
}

function evidenceName(definition: FormDefinition, input: PdfInput, item: PlannedEvidence): string {
  const name = translate(definition, LOCALE, `document.${item.document}`);
  // a Nachweis of an Anlage instance is the instance's person's (its item counts within the Anlage)
  if (item.anlage !== undefined) return labels.forItem(name, item.person);
  const rule = definition.evidence.find((candidate) => candidate.id === item.rule);
  return labels.forItem(name, item.person ?? describeItem(input.data, rule?.forEach, item.item));
}

function evidenceStatus(item: PlannedEvidence, attachments: Attachment[]): EvidenceLineStatus {
  const filenames = attachments.filter((a) => a.evidenceId === item.id).map((a) => a.filename);
  // A file counts even when the plan was made before it arrived.
  if (filenames.length > 0) return { kind: 'uploaded', filenames };
  switch (item.status) {
    case 'uploaded':
      return { kind: 'uploaded', filenames: [] };
    case 'later':
      return { kind: 'later' };
    case 'missing':
      return { kind: 'missing' };
    default:
      return assertNever(item.status);
  }
}

/** Uploads in checklist order, files of the same Nachweis in upload order, unknown ones last. */
function orderAttachments(evidence: PlannedEvidence[], attachments: Attachment[]): Attachment[] {
  const rank = new Map(evidence.map((item, index) => [item.id, index]));
  return attachments
    .map((attachment, index) => ({ attachment, index, rank: rank.get(attachment.evidenceId) ?? evidence.length }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ attachment }) => attachment);
}

function assertNever(value: never): never {
  throw new Error(`buildDocumentModel: unknown evidence status ${JSON.stringify(value)}`);
}
