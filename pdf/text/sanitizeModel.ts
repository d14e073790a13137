import type { DocumentModel, EvidenceLineStatus } from '../DocumentModel';
import { sanitizeForFont, type GlyphCoverage } from './sanitizeForFont';

/**
 * Runs {@link sanitizeForFont} over every text of the model that gets drawn, before any layout,
 * so the cover can state how many characters were substituted.
 *
 * @example
 * const { model: safe, replaced } = sanitizeModel(model, coverage);
 */
export function sanitizeModel(
  model: DocumentModel,
  font: GlyphCoverage,
): { model: DocumentModel; replaced: number } {
  let replaced = 0;
  const clean = (text: string): string => {
    const result = sanitizeForFont(text, font);
    replaced += result.replaced;
    return result.text;
  };
  const status = (value: EvidenceLineStatus): EvidenceLineStatus =>
    value.kind === 'uploaded' ? { kind: 'uploaded', filenames: value.filenames.map(clean) } : value;

  const safe: DocumentModel = {
    ...model,
    title: clean(model.title),
    form: { id: clean(model.form.id), version: clean(model.form.version), edition: clean(model.form.edition) },
    submissionId: clean(model.submissionId),
    identity: clean(model.identity),
    routing: {
      anliegensart: clean(model.routing.anliegensart),
      channel: clean(model.routing.channel),
      ...(model.routing.jobcenter === undefined ? {} : { jobcenter: clean(model.routing.jobcenter) }),
      ...(model.routing.kanal === undefined ? {} : { kanal: clean(model.routing.kanal) }),
    },
    anlagen: model.anlagen.map((line) => ({ name: clean(line.name), reason: clean(line.reason) })),
    evidence: model.evidence.map((line) => ({
      name: clean(line.name),
      reason: clean(line.reason),
      status: status(line.status),
    })),
    sections: model.sections.map((section) => ({
      title: clean(section.title),
      rows: section.rows.map((row) => ({ ...row, label: clean(row.label), value: clean(row.value) })),
    })),
    attachments: model.attachments.map((attachment) => ({
      ...attachment,
      filename: clean(attachment.filename),
      evidenceLabel: clean(attachment.evidenceLabel),
    })),
    contentHash: clean(model.contentHash),
  };
  if (model.applicant !== undefined) safe.applicant = clean(model.applicant);
  return { model: safe, replaced };
}
