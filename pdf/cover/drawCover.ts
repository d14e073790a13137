import type { DocumentModel } from '../DocumentModel';
import { labels } from '../labels';
import { drawHeading } from '../layout/drawHeading';
import { drawRow } from '../layout/drawRow';
import { contentWidth, layout } from '../layout/layout';
import type { PageWriter } from '../layout/PageWriter';
import { formatGermanDateTime } from '../text/formatGermanDateTime';
import { drawRoutingBox } from './drawRoutingBox';
import { formatEvidenceStatus } from './formatEvidenceStatus';

/**
 * Draws the cover sheet: title, form and submission facts with the full content hash, the
 * routing box, the Anlagen plan and the Nachweis checklist. Flows onto more pages when the
 * lists are long.
 *
 * @example
 * drawCover(writer, model, 0);
 */
export function drawCover(writer: PageWriter, model: DocumentModel, substituted: number): void {
  const { regular, bold } = writer.fonts;
  const x = layout.marginX;
  const small = { font: regular, size: layout.smallSize, lineHeight: layout.smallLineHeight, color: layout.muted };

  writer.newPage();
  writer.paragraph(labels.documentKind, small, x, contentWidth);
  writer.advance(4);
  writer.paragraph(model.title, { font: bold, size: layout.titleSize, lineHeight: layout.titleLineHeight }, x, contentWidth);
  writer.advance(10);

  const facts = [
    { label: labels.form, value: labels.formVersion(model.form.id, model.form.version) },
    { label: labels.edition, value: model.form.edition },
    { label: labels.submissionId, value: model.submissionId },
    { label: labels.submittedAt, value: formatGermanDateTime(model.submittedAt) },
    { label: labels.identity, value: model.identity },
    ...(model.applicant === undefined ? [] : [{ label: labels.applicant, value: model.applicant }]),
  ];
  for (const fact of facts) drawRow(writer, { ...fact, depth: 0 });
  // The full hash gets its own line so text extraction finds it unbroken.
  writer.paragraph(`${labels.contentHash}:`, small, x, contentWidth);
  writer.paragraph(model.contentHash, { ...small, color: layout.text }, x, contentWidth);
  writer.advance(layout.lineHeight);

  drawRoutingBox(writer, model.routing);

  drawHeading(writer, labels.anlagenTitle);
  if (model.anlagen.length === 0) writer.paragraph(labels.noAnlagen, writer.body, x, contentWidth);
  for (const anlage of model.anlagen) drawRow(writer, { label: anlage.name, value: anlage.reason, depth: 0 });
  writer.advance(layout.lineHeight);

  drawHeading(writer, labels.evidenceTitle);
  if (model.evidence.length === 0) writer.paragraph(labels.noEvidence, writer.body, x, contentWidth);
  for (const line of model.evidence) {
    const value = `${labels.reason}: ${line.reason}\n${labels.status}: ${formatEvidenceStatus(line.status)}`;
    drawRow(writer, { label: line.name, value, depth: 0 });
  }
  writer.advance(layout.lineHeight);

  if (substituted > 0) {
    writer.paragraph(labels.substituted(substituted), writer.body, x, contentWidth);
    writer.advance(layout.lineHeight / 2);
  }
  writer.paragraph(labels.dataAttached, small, x, contentWidth);
}
