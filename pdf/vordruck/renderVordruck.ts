import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import type { PdfFonts } from '../fonts/PdfFonts';
import { drawHeading } from '../layout/drawHeading';
import { contentWidth, layout } from '../layout/layout';
import { PageWriter } from '../layout/PageWriter';
import { glyphCoverage } from '../text/glyphCoverage';
import { sanitizeForFont } from '../text/sanitizeForFont';
import type { VordruckField, VordruckModel } from './VordruckModel';

/** Room to write an answer by hand, in points. */
const WRITING_HEIGHT = 22;
/** An empty box before each choice. */
const BOX = '\u2610';

/**
 * Renders the blank copy to print: title, what to do, whom it is about, then each step's
 * questions with a line to write on (or boxes to tick) and page numbers in the footer. Text
 * the font cannot draw (a name in another script) becomes a substitute, never an error.
 *
 * @example
 * const bytes = await renderVordruck(buildVordruckModel({ definition: eb, person }), await loadFontsNode());
 */
export async function renderVordruck(model: VordruckModel, fonts: PdfFonts): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(fonts.regular, { subset: true, customName: 'FFLOWV+DejaVuSans', features: { liga: false } });
  const bold = await doc.embedFont(fonts.bold, { subset: true, customName: 'FFLOWW+DejaVuSans-Bold', features: { liga: false } });
  const coverage = glyphCoverage([regular, bold]);
  const safe = (text: string) => sanitizeForFont(text, coverage).text;
  const writer = new PageWriter(doc, { regular, bold });
  const title = { font: bold, size: layout.titleSize, lineHeight: layout.titleLineHeight };

  writer.ensureSpace(layout.titleLineHeight);
  writer.paragraph(safe(model.title), title, layout.marginX, contentWidth);
  writer.advance(6);
  for (const paragraph of model.intro) {
    writer.paragraph(safe(paragraph), writer.body, layout.marginX, contentWidth);
    writer.advance(4);
  }
  if (model.person !== undefined) {
    writer.advance(4);
    writer.paragraph(safe(model.person), { ...writer.body, font: bold }, layout.marginX, contentWidth);
  }
  writer.advance(10);

  for (const section of model.sections) {
    drawHeading(writer, safe(section.title));
    for (const block of section.blocks) {
      for (let copy = 1; copy <= block.repeat; copy += 1) {
        if (block.heading !== undefined) {
          writer.ensureSpace(layout.lineHeight * 2 + WRITING_HEIGHT);
          writer.paragraph(`${safe(block.heading)} ${copy}`, { ...writer.body, font: bold }, layout.marginX, contentWidth);
          writer.advance(2);
        }
        for (const field of block.fields) drawField(writer, field, safe, block.heading === undefined ? 0 : layout.indent);
      }
    }
    writer.advance(8);
  }

  drawField(writer, { label: model.signature, options: [] }, safe, 0, 2 * WRITING_HEIGHT);

  const pages = doc.getPages();
  pages.forEach((page, index) => {
    const footer = safe(`${model.footer} · ${index + 1}/${pages.length}`);
    page.drawText(footer, { x: layout.marginX, y: layout.footerBaseline, size: layout.footerSize, font: regular, color: layout.muted });
  });
  return doc.save({ useObjectStreams: false, addDefaultPage: false });
}

function drawField(writer: PageWriter, field: VordruckField, safe: (text: string) => string, indent: number, room = WRITING_HEIGHT): void {
  const x = layout.marginX + indent;
  const width = contentWidth - indent;
  const label = { ...writer.body, color: layout.muted };
  if (field.options.length === 0) {
    writer.ensureSpace(layout.lineHeight + room);
    writer.paragraph(safe(field.label), label, x, width);
    writer.advance(room - 4);
    writer.rule(x, width, layout.text);
    writer.advance(8);
    return;
  }
  writer.ensureSpace(layout.lineHeight * (1 + Math.min(field.options.length, 3)));
  writer.paragraph(safe(field.label), label, x, width);
  for (const option of field.options) writer.paragraph(`${BOX} ${safe(option)}`, writer.body, x + layout.indent, width - layout.indent);
  writer.advance(8);
}
