import type { Color, PDFDocument, PDFFont, PDFPage } from 'pdf-lib';
import { layout } from './layout';
import { wrapText } from './wrapText';

/** The two embedded faces. */
export interface WriterFonts {
  regular: PDFFont;
  bold: PDFFont;
}

export interface TextStyle {
  font: PDFFont;
  size: number;
  lineHeight: number;
  color?: Color;
}

/**
 * Flows text down A4 pages: keeps a cursor, starts a new page when the next line does not fit,
 * and calls `onNewPage` (e.g. to repeat a section title) after each break it makes.
 *
 * @example
 * const writer = new PageWriter(doc, fonts);
 * writer.paragraph('Hallo', writer.body, 0, contentWidth);
 */
export class PageWriter {
  readonly doc: PDFDocument;
  readonly fonts: WriterFonts;
  /** called after every page break the writer makes while flowing */
  onNewPage: (() => void) | undefined;
  private current: PDFPage | undefined;
  private cursor = 0;

  constructor(doc: PDFDocument, fonts: WriterFonts) {
    this.doc = doc;
    this.fonts = fonts;
  }

  /** Body text style. */
  get body(): TextStyle {
    return { font: this.fonts.regular, size: layout.textSize, lineHeight: layout.lineHeight };
  }

  get page(): PDFPage {
    return this.current ?? this.newPage();
  }

  /** Distance from the top of the next line to the bottom of the text block. */
  get remaining(): number {
    return this.current === undefined ? 0 : this.cursor - layout.marginBottom;
  }

  /** Height of the text block of an empty page. */
  get pageCapacity(): number {
    return layout.pageHeight - layout.marginTop - layout.marginBottom;
  }

  /** Starts a fresh A4 page without calling `onNewPage`. */
  newPage(): PDFPage {
    this.current = this.doc.addPage([layout.pageWidth, layout.pageHeight]);
    this.cursor = layout.pageHeight - layout.marginTop;
    return this.current;
  }

  /**
   * Makes room for `height` points: breaks the page when they do not fit (and the page is not
   * already empty). Returns true when it broke.
   */
  ensureSpace(height: number): boolean {
    if (this.current === undefined) {
      this.newPage();
      return false;
    }
    if (height <= this.remaining) return false;
    // On an empty page a taller block flows on anyway; breaking again would loop.
    if (this.remaining === this.pageCapacity) return false;
    this.newPage();
    this.onNewPage?.();
    return true;
  }

  /** Moves the cursor down. */
  advance(height: number): void {
    this.cursor -= height;
  }

  /** The y of the top of the next line. */
  get y(): number {
    return this.cursor;
  }

  /** Draws one line at the cursor's line without moving it. */
  drawLine(text: string, x: number, style: TextStyle): void {
    if (text === '') return;
    this.page.drawText(text, {
      x,
      y: this.cursor - style.size,
      size: style.size,
      font: style.font,
      color: style.color ?? layout.text,
    });
  }

  /** Wraps and draws a paragraph, breaking pages between lines. */
  paragraph(text: string, style: TextStyle, x: number, width: number): void {
    const lines = wrapText(text, (t) => style.font.widthOfTextAtSize(t, style.size), width);
    for (const line of lines) {
      this.ensureSpace(style.lineHeight);
      this.drawLine(line, x, style);
      this.advance(style.lineHeight);
    }
  }

  /** Draws a horizontal rule across the text block at the cursor. */
  rule(x: number, width: number, color: Color): void {
    this.page.drawLine({
      start: { x, y: this.cursor },
      end: { x: x + width, y: this.cursor },
      thickness: 0.5,
      color,
    });
  }
}
