import { rgb } from 'pdf-lib';

/** Page geometry and type sizes of the copy, in PDF points (1/72 inch). */
export const layout = {
  /** A4 portrait */
  pageWidth: 595.28,
  pageHeight: 841.89,
  marginX: 56.7,
  marginTop: 56.7,
  /** room below the text block for the footer */
  marginBottom: 62,
  footerBaseline: 28,
  footerSize: 7.5,
  textSize: 10,
  lineHeight: 13,
  smallSize: 8.5,
  smallLineHeight: 11,
  titleSize: 16,
  titleLineHeight: 20,
  headingSize: 12,
  headingLineHeight: 16,
  /** share of the text width given to the question column */
  labelShare: 0.38,
  columnGap: 12,
  indent: 14,
  rowGap: 5,
  text: rgb(0, 0, 0),
  muted: rgb(0.35, 0.35, 0.35),
  rule: rgb(0.75, 0.75, 0.75),
} as const;

/** Width of the text block on an A4 page. */
export const contentWidth = layout.pageWidth - 2 * layout.marginX;
