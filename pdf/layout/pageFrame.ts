import { degrees, type Color, type PDFFont, type PDFPage } from 'pdf-lib';

/** A page as the reader sees it: width and height after /Rotate, origin bottom left. */
export interface PageFrame {
  width: number;
  height: number;
  /** Draws text at (x, y) in reader coordinates, upright as the reader sees the page. */
  drawText(text: string, options: { x: number; y: number; size: number; font: PDFFont; color: Color }): void;
}

/**
 * Reader coordinates for any page, including copied upload pages that are rotated or whose
 * crop box does not start at 0,0, so footers and Nachweis stamps sit upright at the visible
 * bottom and top.
 *
 * @example
 * pageFrame(page).drawText('Seite 1 von 2', { x: 40, y: 20, size: 8, font, color });
 */
export function pageFrame(page: PDFPage): PageFrame {
  const box = page.getCropBox();
  const rotation = (((Math.round(page.getRotation().angle / 90) * 90) % 360) + 360) % 360;
  const turned = rotation === 90 || rotation === 270;
  const place = (x: number, y: number): { x: number; y: number } => {
    switch (rotation) {
      case 90:
        return { x: box.x + box.width - y, y: box.y + x };
      case 180:
        return { x: box.x + box.width - x, y: box.y + box.height - y };
      case 270:
        return { x: box.x + y, y: box.y + box.height - x };
      default:
        return { x: box.x + x, y: box.y + y };
    }
  };
  return {
    width: turned ? box.height : box.width,
    height: turned ? box.width : box.height,
    drawText(text, { x, y, size, font, color }) {
      const at = place(x, y);
      page.drawText(text, { ...at, size, font, color, rotate: degrees(rotation) });
    },
  };
}
