/**
 * The E-Akte PDF copy. Everything here can be imported in Node and in the browser;
 * `loadFontsNode` only works when called in Node (it imports the Node modules it needs inside
 * the function). Browser font loading lives in `pdf/fonts/loadFontsBrowser` (it imports font
 * assets through Vite's `?url`) and is not re-exported, so Node code never touches it.
 */
export { renderEAkteCopy } from './renderEAkteCopy';
export { renderDocument } from './renderDocument';
export { buildDocumentModel } from './model/buildDocumentModel';
export { loadFontsNode } from './fonts/loadFontsNode';
export type { PdfFonts } from './fonts/PdfFonts';
export type {
  AnlageLine,
  AttachmentModel,
  DocumentModel,
  EvidenceLine,
  EvidenceLineStatus,
  RoutingBlock,
  SectionModel,
} from './DocumentModel';
