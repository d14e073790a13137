import type { SectionModel } from '../DocumentModel';
import { labels } from '../labels';
import { drawHeading } from '../layout/drawHeading';
import { drawRow } from '../layout/drawRow';
import { layout } from '../layout/layout';
import type { PageWriter } from '../layout/PageWriter';

/**
 * Draws every answered step as a titled section of question/answer rows, starting on a new
 * page after the cover. A section that continues on the next page repeats its title there.
 *
 * @example
 * drawSections(writer, [{ title: 'Umzug', rows: [{ path: '/umzug/plz', label: 'PLZ', value: '10115', depth: 0 }] }]);
 */
export function drawSections(writer: PageWriter, sections: SectionModel[]): void {
  if (sections.length === 0) return;
  writer.newPage();
  for (const section of sections) {
    writer.onNewPage = undefined;
    drawHeading(writer, section.title);
    writer.onNewPage = () => drawHeading(writer, `${section.title} ${labels.continued}`);
    for (const row of section.rows) drawRow(writer, row);
    writer.advance(layout.lineHeight);
  }
  writer.onNewPage = undefined;
}
