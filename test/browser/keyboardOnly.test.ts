import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfBytes } from '../fixtures/session/files';
import { keyboardPath } from '../fixtures/browser/keyboardPath';
import { type BrowserRig, formAddress, newPage, startRig, watchPageProblems } from './support/browser';
import { expectStep, fieldValues, receivedSubmissions, summaryValue } from './support/formPage';
import { expectFocus, pressNext, retype, tabTo, typeDate } from './support/keyboard';
import { pdfText } from './support/pdfText';
import { answerTestIdentity } from './support/testIdentity';

// Only the keyboard: Tab, Shift+Tab, Space, Enter, arrow keys and typing. No clicks, no fill().

let rig: BrowserRig;

beforeAll(async () => {
  rig = await startRig();
});

afterAll(async () => {
  await rig?.close();
});

const { person, umzug, bankverbindung, upload } = keyboardPath;

async function fillPerson(page: Page): Promise<void> {
  await expectStep(page, 'Über Sie', { focused: false });
  await tabTo(page, '#ff-person-vorname');
  await page.keyboard.type(person.vorname);
  await tabTo(page, '#ff-person-nachname', { maxPresses: 1 });
  await page.keyboard.type(person.nachnameTypo);
  await tabTo(page, '#ff-person-geburtsdatum', { maxPresses: 1 });
  await typeDate(page, person.geburtsdatum);
  await tabTo(page, '#ff-person-bgNummer');
  await page.keyboard.type(person.bgNummer);
  // a typo noticed late: back with Shift+Tab, corrected
  await tabTo(page, '#ff-person-nachname', { backwards: true });
  await retype(page, person.nachname);
  await pressNext(page);
}

async function chooseChanges(page: Page): Promise<void> {
  await expectStep(page, 'Was hat sich geändert?');
  await tabTo(page, '#ff-auswahl-aenderungen');
  await page.keyboard.press('Space');
  // the 10th box: "Ich habe ein neues Konto"
  await tabTo(page, '#ff-auswahl-aenderungen-9');
  await page.keyboard.press('Space');
  expect(await page.locator('input[name=ff-auswahl-aenderungen]:checked').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value))).toEqual([
    'umzug',
    'bankverbindung',
  ]);
  await pressNext(page);
}

async function fillUmzug(page: Page): Promise<void> {
  await expectStep(page, 'Umzug');
  await tabTo(page, '#ff-umzug-neueAdresse-strasse');
  await page.keyboard.type(umzug.strasse);
  await tabTo(page, '#ff-umzug-neueAdresse-hausnummer', { maxPresses: 1 });
  await page.keyboard.type(umzug.hausnummer);
  await tabTo(page, '#ff-umzug-neueAdresse-plz', { maxPresses: 1 });
  await page.keyboard.type(umzug.plz);
  await tabTo(page, '#ff-umzug-neueAdresse-ort', { maxPresses: 1 });
  await page.keyboard.type(umzug.ort);
  await tabTo(page, '#ff-umzug-datum');
  await typeDate(page, umzug.datum);
  // Zusicherung: Tab lands on "Ja"; the arrow key moves to "Nein" and selects it
  await tabTo(page, '#ff-umzug-zusicherung');
  await page.keyboard.press('ArrowRight');
  await expectFocus(page, '#ff-umzug-zusicherung-1:checked');
  // new rent: "Ja" with Space, which shows the three amounts
  expect(await page.locator('#ff-umzug-grundmiete').count()).toBe(0);
  await tabTo(page, '#ff-umzug-neueMiete');
  await page.keyboard.press('Space');
  await expectFocus(page, '#ff-umzug-neueMiete:checked');
  await page.locator('#ff-umzug-grundmiete').waitFor();
  await tabTo(page, '#ff-umzug-grundmiete');
  await page.keyboard.type(umzug.grundmiete.typed);
  await tabTo(page, '#ff-umzug-nebenkosten');
  await page.keyboard.type(umzug.nebenkosten.typed);
  await tabTo(page, '#ff-umzug-heizkosten');
  await page.keyboard.type(umzug.heizkosten.typed);
  // Enter in a text field submits the step, as in any HTML form
  await page.keyboard.press('Enter');
}

async function fillBankverbindung(page: Page): Promise<void> {
  await expectStep(page, 'Neues Konto');
  await tabTo(page, '#ff-bankverbindung-iban');
  await page.keyboard.type(bankverbindung.wrongIban);
  await tabTo(page, '#ff-bankverbindung-kontoinhaber');
  await page.keyboard.type(bankverbindung.kontoinhaber);
  await tabTo(page, '#ff-bankverbindung-seit');
  await typeDate(page, bankverbindung.seit);
  await pressNext(page);

  // the wrong checksum: the error summary takes focus, its link leads to the field
  await expectFocus(page, '.ff-error-summary');
  expect(await page.locator('.ff-step__heading').textContent()).toBe('Neues Konto');
  // what was typed stays in the fields, the wrong IBAN included, so it can be corrected
  const shown = await fieldValues(page, ['#ff-bankverbindung-iban', '#ff-bankverbindung-kontoinhaber', '#ff-bankverbindung-seit']);
  expect(shown, 'after a failed Weiter the fields still show what was typed').toEqual([
    bankverbindung.wrongIban,
    bankverbindung.kontoinhaber,
    bankverbindung.seit,
  ]);
  const ibanError = 'Diese IBAN stimmt nicht. Bitte prüfen Sie jedes Zeichen. Eine deutsche IBAN hat 22 Zeichen: DE und 20 Ziffern.';
  expect(await page.locator('#ff-bankverbindung-iban-error').textContent()).toBe(ibanError);
  await tabTo(page, 'a[href="#ff-bankverbindung-iban"]', { maxPresses: 1 });
  expect(await page.locator('.ff-error-summary a').allTextContents()).toEqual([`IBAN des neuen Kontos: ${ibanError}`]);
  await page.keyboard.press('Enter');
  await expectFocus(page, '#ff-bankverbindung-iban');
  await retype(page, bankverbindung.iban);
  await page.keyboard.press('Enter');
}

async function confirmDeclaration(page: Page): Promise<void> {
  await expectStep(page, 'Ihre Erklärung');
  await tabTo(page, '#ff-erklaerung-wahrheit');
  await page.keyboard.press('Space');
  await expectFocus(page, '#ff-erklaerung-wahrheit:checked');
  await pressNext(page);
}

async function giveNachweise(page: Page, file: Uint8Array): Promise<void> {
  await expectStep(page, 'Unterlagen');
  for (const item of ['umzug_miete_mietvertrag', 'umzug_meldebescheinigung']) {
    await tabTo(page, `#ff-nachweise-${item}-later`);
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator(`#ff-nachweise-${item}-status`).textContent()).toBe('reichen Sie später nach');
  }
  await tabTo(page, '#ff-nachweise-bankverbindung_kontonachweis');
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await chooser).setFiles({ name: upload.name, mimeType: 'application/pdf', buffer: Buffer.from(file) });
  await expect.poll(() => page.locator('#ff-nachweise-bankverbindung_kontonachweis-status').textContent()).toBe('hochgeladen');
  expect(await page.locator('.ff-evidence__count').textContent()).toBe('3 von 3 Unterlagen erledigt');
  await pressNext(page);
}

async function checkSummaryAndChange(page: Page): Promise<void> {
  await expectStep(page, 'Angaben prüfen');
  expect(await summaryValue(page, 'Vorname').textContent()).toBe(person.vorname);
  expect(await summaryValue(page, 'Ort').textContent()).toBe(umzug.ort);
  expect(await summaryValue(page, 'Straße').textContent()).toBe(umzug.strasse);
  expect(await summaryValue(page, 'Wem gehört das Konto?').textContent()).toBe(bankverbindung.kontoinhaber);

  await tabTo(page, 'button[aria-label="Neues Konto ändern"]', { maxPresses: 80 });
  await page.keyboard.press('Enter');
  await expectStep(page, 'Neues Konto');
  await tabTo(page, '#ff-bankverbindung-kontoinhaber');
  await retype(page, bankverbindung.kontoinhaberChanged);
  await page.keyboard.press('Enter');
  await expectStep(page, 'Ihre Erklärung');
  await pressNext(page);
  await expectStep(page, 'Unterlagen');
  await pressNext(page);
  await expectStep(page, 'Angaben prüfen');
  expect(await summaryValue(page, 'Wem gehört das Konto?').textContent()).toBe(bankverbindung.kontoinhaberChanged);
}

async function submit(page: Page): Promise<void> {
  await tabTo(page, 'button[type=submit]', { maxPresses: 80 });
  expect(await page.locator('button[type=submit]').textContent()).toBe('Absenden');
  await page.keyboard.press('Enter');
  // an Umzug and a new account need "substanziell": the demo's test identity dialog asks, and
  // the keyboard confirms it (Tab to "Identität bestätigen (Test)", Enter)
  await answerTestIdentity(page, 'confirm');
  const confirmation = page.locator('.ff-confirmation .kern-title');
  await confirmation.waitFor();
  await expectFocus(page, '.ff-confirmation .kern-title');
  expect(await confirmation.textContent()).toBe('Vielen Dank. Ihre Angaben sind angekommen.');
}

describe('the VÄM with the keyboard only', () => {
  it('an Umzug and a new account are told, corrected, checked, submitted and the PDF downloaded', async () => {
    const { context, page } = await newPage(rig);
    const problems = watchPageProblems(page);
    const file = pdfBytes({ comment: 'Kontoauszug' });
    try {
      await page.goto(formAddress(rig));
      await fillPerson(page);
      await chooseChanges(page);
      await fillUmzug(page);
      await fillBankverbindung(page);
      await confirmDeclaration(page);
      await giveNachweise(page, file);
      await checkSummaryAndChange(page);
      await submit(page);

      const received = await receivedSubmissions(page);
      expect(received).toHaveLength(1);
      const [pkg] = received;
      expect(pkg?.data).toEqual({
        person: { vorname: person.vorname, nachname: person.nachname, geburtsdatum: person.geburtsdatum, bgNummer: person.bgNummer },
        auswahl: { aenderungen: ['umzug', 'bankverbindung'] },
        umzug: {
          neueAdresse: { strasse: umzug.strasse, hausnummer: umzug.hausnummer, plz: umzug.plz, ort: umzug.ort },
          datum: umzug.datum,
          zusicherung: false,
          neueMiete: true,
          grundmiete: umzug.grundmiete.stored,
          nebenkosten: umzug.nebenkosten.stored,
          heizkosten: umzug.heizkosten.stored,
        },
        bankverbindung: { iban: bankverbindung.iban, kontoinhaber: bankverbindung.kontoinhaberChanged, seit: bankverbindung.seit },
        erklaerung: { wahrheit: true },
      });
      expect(pkg?.metadata.identity).toEqual({ required: 'substanziell', reached: 'substanziell' });
      expect(pkg?.metadata.anlagen).toEqual([{ anlage: 'KDU', rule: 'umzug-kdu', key: 'bg', reason: 'anlagen.umzug-kdu' }]);
      expect(pkg?.metadata.evidence.map(({ id, status }) => ({ id, status }))).toEqual([
        { id: 'umzug-miete:mietvertrag', status: 'later' },
        { id: 'umzug:meldebescheinigung', status: 'later' },
        { id: upload.evidenceId, status: 'uploaded' },
      ]);
      expect(pkg?.metadata.attachments.map(({ filename, mediaType, size, sha256, evidenceId }) => ({ filename, mediaType, size, sha256, evidenceId }))).toEqual([
        {
          filename: upload.name,
          mediaType: 'application/pdf',
          size: file.length,
          sha256: createHash('sha256').update(file).digest('hex'),
          evidenceId: upload.evidenceId,
        },
      ]);
      expect(pkg?.pdfStart).toBe('%PDF-');
      expect(pkg?.attachments).toEqual([{ filename: upload.name, size: file.length, evidenceId: upload.evidenceId }]);

      await tabTo(page, 'a[download$=".pdf"]');
      const download = page.waitForEvent('download');
      await page.keyboard.press('Enter');
      const path = await (await download).path();
      const bytes = await readFile(path);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = pdfText(path);
      for (const entered of [umzug.strasse, umzug.ort, person.vorname, bankverbindung.kontoinhaberChanged]) {
        expect(text, `the PDF shows "${entered}"`).toContain(entered);
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
