import type { Attachment } from '../engine/submission/types';
import type { SummaryRow } from '../engine/summary/types';

/**
 * Everything the E-Akte copy shows, already in German and ready to print. The renderer
 * (`renderDocument`) draws exactly this and looks nothing up, so it can be tested without an
 * engine and the engine side (`buildDocumentModel`) can be tested without a PDF.
 */
export interface DocumentModel {
  /** the form's title, e.g. "Veränderungsmitteilung" */
  title: string;
  form: { id: string; version: string; edition: string };
  submissionId: string;
  /** ISO timestamp; printed in Europe/Berlin time and used as the PDF's dates */
  submittedAt: string;
  /** e.g. "substanziell (erforderlich: basis)" */
  identity: string;
  /** the applicant's name when the answers hold one */
  applicant?: string;
  routing: RoutingBlock;
  anlagen: AnlageLine[];
  evidence: EvidenceLine[];
  sections: SectionModel[];
  /** uploads in the order they are appended */
  attachments: AttachmentModel[];
  /** the submission data as UTF-8 JSON, embedded as the file `antrag-daten.json` */
  data: Uint8Array;
  /** `sha256:<hex>` of the submission */
  contentHash: string;
}

/** The boxed block the E-Akte's filing rules read. */
export interface RoutingBlock {
  anliegensart: string;
  jobcenter?: string;
  /** Eingangskanal, "Online" for this engine */
  channel: string;
  /** where the jobcenter handles it, as the form routes it ("Postfach"), when it says */
  kanal?: string;
}

/** One Anlage of the plan, e.g. name "Anlage KDU – Kosten der Unterkunft". */
export interface AnlageLine {
  name: string;
  reason: string;
}

/** One Nachweis of the checklist. */
export interface EvidenceLine {
  /** document name, e.g. "Mietvertrag" (with the person when per person) */
  name: string;
  reason: string;
  status: EvidenceLineStatus;
}

export type EvidenceLineStatus =
  | { kind: 'uploaded'; filenames: string[] }
  | { kind: 'later' }
  | { kind: 'missing' };

/** One answered step. Rows of depth 1 are indented; a row with an empty value is a heading. */
export interface SectionModel {
  title: string;
  rows: SummaryRow[];
}

/** One upload to append: PDF pages are copied, images become pages. */
export interface AttachmentModel {
  filename: string;
  mediaType: Attachment['mediaType'];
  bytes: Uint8Array;
  /** the Nachweis this file fulfils, printed on each of its pages, e.g. "Mietvertrag" */
  evidenceLabel: string;
}
