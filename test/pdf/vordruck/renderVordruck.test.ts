import { beforeAll, describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../engine/definition/types';
import { loadForm } from '../../../engine/node';
import { loadFontsNode } from '../../../pdf/fonts/loadFontsNode';
import type { PdfFonts } from '../../../pdf/fonts/PdfFonts';
import { buildVordruckModel } from '../../../pdf/vordruck/buildVordruckModel';
import { renderVordruck } from '../../../pdf/vordruck/renderVordruck';
import { pdfText, qpdfCheck, requirePdfTools, writeTempPdf } from '../pdfTools';

let fonts: PdfFonts;
let eb: FormDefinition;

beforeAll(async () => {
  requirePdfTools();
  fonts = await loadFontsNode();
  eb = loadForm('forms', 'eb');
});

/** The lines of the blank copy's text, without blank lines and outer spaces. */
async function lines(person?: { vorname?: string; nachname?: string; geburtsdatum?: string }): Promise<{ text: string[]; path: string }> {
  const bytes = await renderVordruck(buildVordruckModel({ definition: eb, ...(person === undefined ? {} : { person }) }), fonts);
  const path = writeTempPdf(bytes, 'vordruck.pdf');
  return { text: pdfText(path).split('\n').map((line) => line.trim()).filter((line) => line !== ''), path };
}

describe('the blank copy of Anlage EB for the employer', () => {
  it('names the employee, asks the employer part\'s questions with boxes to tick and ends with the signature', async () => {
    const { text, path } = await lines({ vorname: 'Julia', nachname: 'Fischer', geburtsdatum: '1991-04-03' });
    expect(qpdfCheck(path).status).toBe(0);
    expect(text).toContain('Beschäftigte Person: Julia Fischer, geboren am 03.04.1991');
    // the three steps of form.json "vordruck", not the citizen's choice of who fills it in
    // (the title wraps before "Arbeitgeber"; the sections start after the person line)
    const body = text.slice(text.indexOf('Beschäftigte Person: Julia Fischer, geboren am 03.04.1991'));
    expect(body.filter((line) => ['Arbeitgeber', 'Die Arbeit', 'Lohn pro Monat', 'Wer füllt die Bescheinigung aus?'].includes(line))).toEqual([
      'Arbeitgeber',
      'Die Arbeit',
      'Lohn pro Monat',
    ]);
    expect(text.slice(text.indexOf('Was für eine Arbeit ist das?'), text.indexOf('Was für eine Arbeit ist das?') + 6)).toEqual([
      'Was für eine Arbeit ist das?',
      '☐ Vollzeit',
      '☐ Teilzeit',
      '☐ Minijob',
      '☐ Ausbildung',
      '☐ Etwas anderes, zum Beispiel eine Aushilfe für kurze Zeit',
    ]);
    const endKnown = text.indexOf('Steht schon fest, wann die Arbeit endet?');
    expect(text.slice(endKnown + 1, endKnown + 3)).toEqual(['☐ Ja', '☐ Nein']);
    // the months are a list: six numbered copies to fill on paper
    expect(text.filter((line) => /^Lohn in den einzelnen Monaten \d$/.test(line))).toEqual([1, 2, 3, 4, 5, 6].map((n) => `Lohn in den einzelnen Monaten ${n}`));
    expect(text.filter((line) => line === 'Lohn brutto')).toHaveLength(6);
    expect(text).toContain('Datum, Stempel und Unterschrift des Arbeitgebers');
  });

  it('leaves the person line out when no one is known, and draws a name in a script the font lacks as a substitute', async () => {
    expect((await lines()).text.some((line) => line.startsWith('Beschäftigte Person'))).toBe(false);
    const { text, path } = await lines({ vorname: '李', nachname: 'Wei', geburtsdatum: 'unbekannt' });
    expect(qpdfCheck(path).status).toBe(0);
    expect(text).toContain('Beschäftigte Person: \uFFFD Wei, geboren am');
  });

  it('refuses an Anlage without vordruck steps with a message naming the file', () => {
    const ek = loadForm('forms', 'ek');
    expect(() => buildVordruckModel({ definition: ek })).toThrow('forms/ek/form.json: no "vordruck"; name the steps a blank copy shows');
  });
});
