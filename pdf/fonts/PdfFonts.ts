/**
 * The TrueType bytes of the two faces the E-Akte copy uses (DejaVu Sans regular and bold).
 * Loaded by `loadFontsNode` or `loadFontsBrowser` and embedded as subsets.
 */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}
