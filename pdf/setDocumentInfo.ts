import type { PDFDocument } from 'pdf-lib';
import type { DocumentModel } from './DocumentModel';
import { labels } from './labels';

/**
 * Sets the PDF's info dictionary from the submission only, never from the clock or the
 * library version, so the same submission always gives the same bytes. The keywords carry
 * form, version, submission id, content hash and how many characters had to be substituted.
 *
 * @example
 * setDocumentInfo(doc, model, new Date(model.submittedAt), 0);
 */
export function setDocumentInfo(doc: PDFDocument, model: DocumentModel, date: Date, substituted: number): void {
  doc.setTitle(`${model.title} – ${model.submissionId}`);
  doc.setSubject(`${labels.documentKind}: ${model.form.edition}`);
  doc.setKeywords([
    model.form.id,
    model.form.version,
    model.submissionId,
    model.contentHash,
    `ersetzte-zeichen:${substituted}`,
  ]);
  doc.setCreator(labels.producer);
  doc.setProducer(labels.producer);
  doc.setLanguage('de-DE');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
}
