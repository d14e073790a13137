import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import messages from '../../forms/widerspruch/i18n/de.json';
import inTime from '../../forms/widerspruch/scenarios/01-brief-berlin.json';
import { widerspruchPath as path } from '../fixtures/browser/widerspruchPath';
import { type BrowserRig, axeCollector, formAddress, newPage, startRig, watchPageProblems } from './support/browser';
import { fillAnswers } from './support/fillAnswers';
import { expectStep, fieldValues, receivedSubmissions, stepTitles, summaryValue } from './support/formPage';
import { expectFocus, pressNext as pressNextTab, tabTo, typeDate } from './support/keyboard';
import { pdfText } from './support/pdfText';
import { TEST_IDENTITY, answerTestIdentity, testIdentityDialog } from './support/testIdentity';

// The Widerspruch in the demo: the computed deadline on its own step, a late objection, and
// sending with the demo's test eID dialog (identity level "hoch").

let rig: BrowserRig;

beforeAll(async () => {
  rig = await startRig();
});

afterAll(async () => {
  await rig?.close();
});

const STEPS = ['person', 'bescheid', 'frist', 'begruendung', 'nachweise', 'erklaerung', 'zusammenfassung'] as const;
const NACHWEIS_LATER = '#ff-nachweise-bescheid_bescheid_kopie-later';
const title = stepTitles(messages as Record<string, string>, 'widerspruch');
// the Widerspruch's steps are long: allow more Tab presses to reach the button
const pressNext = (page: Page) => pressNextTab(page, { maxPresses: 80 });
const IDENTITY_FAILED = 'Die Anmeldung hat nicht geklappt. Bitte versuchen Sie es erneut.';

function address(today: string = path.today): string {
  return formAddress(rig, { form: 'widerspruch', today });
}

/** The paragraphs the deadline step shows above its question, as text. */
async function deadlineTexts(page: Page): Promise<string[]> {
  return page.locator('.ff-step .ff-text p').allTextContents();
}

/** Fills the steps before `until` with the scenario's answers (mouse and fill(), not the keyboard). */
async function fillUpTo(page: Page, until: (typeof STEPS)[number]): Promise<void> {
  const answers: Record<string, unknown> = { person: path.person, bescheid: path.bescheid, frist: {}, begruendung: path.begruendung, erklaerung: path.erklaerung };
  for (const [index, step] of STEPS.entries()) {
    await expectStep(page, title(step), { focused: index > 0 });
    if (step === until) return;
    if (step === 'nachweise') await page.locator(NACHWEIS_LATER).check();
    else await fillAnswers(page, step, answers[step]);
    await page.locator('button[type=submit]').click();
  }
}

async function typePerson(page: Page): Promise<void> {
  const { person } = path;
  await expectStep(page, title('person'), { focused: false });
  await tabTo(page, '#ff-person-vorname');
  await page.keyboard.type(person.vorname);
  await tabTo(page, '#ff-person-nachname');
  await page.keyboard.type(person.nachname);
  for (const field of ['strasse', 'hausnummer', 'plz', 'ort'] as const) {
    await tabTo(page, `#ff-person-anschrift-${field}`);
    await page.keyboard.type(person.anschrift[field]);
  }
  await tabTo(page, '#ff-person-bgNummer');
  await page.keyboard.type(person.bgNummer);
  await pressNext(page);
}

async function typeBescheid(page: Page): Promise<void> {
  const { bescheid } = path;
  await expectStep(page, title('bescheid'));
  await tabTo(page, '#ff-bescheid-bescheidDatum');
  await typeDate(page, bescheid.bescheidDatum);
  await tabTo(page, '#ff-bescheid-geschaeftszeichen');
  await page.keyboard.type(bescheid.geschaeftszeichen);
  // Thema: Tab lands on the first option, the arrow key moves to "Ablehnung" and selects it
  await tabTo(page, '#ff-bescheid-thema');
  await page.keyboard.press('ArrowDown');
  await expectFocus(page, 'input[name=ff-bescheid-thema][value=ablehnung]:checked');
  // Zustellung: "Mit der Post" is the first option, Space selects it and shows the date
  await tabTo(page, '#ff-bescheid-zustellung');
  await page.keyboard.press('Space');
  await expectFocus(page, 'input[name=ff-bescheid-zustellung][value=brief]:checked');
  await tabTo(page, '#ff-bescheid-versanddatum');
  await typeDate(page, bescheid.versanddatum);
  await tabTo(page, '#ff-bescheid-rechtsbehelfsbelehrung');
  await page.keyboard.press('Space');
  await expectFocus(page, '#ff-bescheid-rechtsbehelfsbelehrung:checked');
  // the Land: a native select, chosen by typing the start of its name
  await tabTo(page, '#ff-bescheid-land');
  await page.keyboard.type('Berl');
  expect(await fieldValues(page, ['#ff-bescheid-land'])).toEqual([bescheid.land]);
  await pressNext(page);
}

async function readDeadline(page: Page): Promise<void> {
  await expectStep(page, title('frist'));
  const texts = await deadlineTexts(page);
  expect(texts[0]).toBe(path.deadlineText);
  expect(texts).toContain('So haben wir gerechnet: Ihr Bescheid gilt seit dem 14.03.2025 als bekannt gegeben. Ab dem nächsten Tag läuft die Frist.');
  expect(texts).toContain('Die Frist ist ein Monat.');
  // in time: no warning and no question about the delay
  expect(await page.locator('.ff-step .kern-alert--warning').count()).toBe(0);
  expect(await page.locator('#ff-frist-verspaetungGruende').count()).toBe(0);
  await pressNext(page);
}

async function typeBegruendung(page: Page): Promise<void> {
  await expectStep(page, title('begruendung'));
  await tabTo(page, '#ff-begruendung-erklaerung');
  await page.keyboard.press('Space');
  await expectFocus(page, '#ff-begruendung-erklaerung:checked');
  // "Nein, ich schreibe die Begründung jetzt": the second option, which shows the text field
  expect(await page.locator('#ff-begruendung-begruendung').count()).toBe(0);
  await tabTo(page, '#ff-begruendung-begruendungFolgt');
  await page.keyboard.press('ArrowDown');
  await expectFocus(page, '#ff-begruendung-begruendungFolgt-1:checked');
  await page.locator('#ff-begruendung-begruendung').waitFor();
  await tabTo(page, '#ff-begruendung-begruendung');
  await page.keyboard.type(path.begruendung.begruendung);
  await pressNext(page);
}

async function markNachweisLater(page: Page): Promise<void> {
  await expectStep(page, title('nachweise'));
  await tabTo(page, NACHWEIS_LATER);
  await page.keyboard.press('Space');
  await expect.poll(() => page.locator('#ff-nachweise-bescheid_bescheid_kopie-status').textContent()).toBe('reichen Sie später nach');
  expect(await page.locator('.ff-evidence__count').textContent()).toBe('1 von 1 Unterlagen erledigt');
  await pressNext(page);
}

async function confirmDeclaration(page: Page): Promise<void> {
  await expectStep(page, title('erklaerung'));
  await tabTo(page, '#ff-erklaerung-wahrheit');
  await page.keyboard.press('Space');
  await expectFocus(page, '#ff-erklaerung-wahrheit:checked');
  await pressNext(page);
}

async function checkSummary(page: Page, options: { focused?: boolean } = {}): Promise<void> {
  await expectStep(page, title('zusammenfassung'), options);
  expect(await summaryValue(page, 'Nachname').textContent()).toBe(path.person.nachname);
  expect(await summaryValue(page, 'Welches Geschäftszeichen hat der Bescheid?').textContent()).toBe(path.bescheid.geschaeftszeichen);
  expect(await summaryValue(page, 'In welchem Bundesland ist Ihr Jobcenter?').textContent()).toBe('Berlin');
  expect(await summaryValue(page, 'Warum ist der Bescheid aus Ihrer Sicht falsch?').textContent()).toBe(path.begruendung.begruendung);
}

/** Presses "Absenden" with the keyboard; the test identity dialog opens, asking for "hoch". */
async function pressSubmit(page: Page): Promise<void> {
  await tabTo(page, 'button[type=submit]', { maxPresses: 80 });
  expect(await page.locator('button[type=submit]').textContent()).toBe('Absenden');
  await page.keyboard.press('Enter');
  const dialog = testIdentityDialog(page);
  await dialog.waitFor();
  expect(await dialog.locator('h2').textContent()).toBe(TEST_IDENTITY.title);
  expect(await dialog.textContent()).toContain('Verlangtes Vertrauensniveau: hoch – Anmeldung mit dem Online-Ausweis (eID).');
  expect(await dialog.textContent()).toContain('Das Formular sieht Ihre PIN nie.');
}

describe('the Widerspruch in the demo', () => {
  it('with the keyboard only: the deadline 14.04.2025 is shown, the objection sent with the test eID and the PDF names the deadline', async () => {
    const { context, page } = await newPage(rig);
    const problems = watchPageProblems(page);
    try {
      await page.goto(address());
      await typePerson(page);
      await typeBescheid(page);
      await readDeadline(page);
      await typeBegruendung(page);
      await markNachweisLater(page);
      await confirmDeclaration(page);
      await checkSummary(page);
      await pressSubmit(page);
      await answerTestIdentity(page, 'confirm');

      const confirmation = page.locator('.ff-confirmation .kern-title');
      await confirmation.waitFor();
      await expectFocus(page, '.ff-confirmation .kern-title');
      expect(await confirmation.textContent()).toBe('Vielen Dank. Ihre Angaben sind angekommen.');
      const received = await receivedSubmissions(page);
      expect(received).toHaveLength(1);
      const [pkg] = received;
      expect(pkg?.metadata.formId).toBe('widerspruch');
      expect(pkg?.metadata.identity.reached).toBe('hoch');
      expect(pkg?.metadata.identity).toEqual({ required: 'hoch', reached: 'hoch' });
      expect(pkg?.metadata.routing.anliegensart).toBe('Widerspruch');
      expect(pkg?.metadata.evidence.map(({ status }) => status)).toEqual(['later']);
      expect(pkg?.data).toEqual({
        person: path.person,
        bescheid: path.bescheid,
        begruendung: path.begruendung,
        erklaerung: path.erklaerung,
      });

      await tabTo(page, 'a[download$=".pdf"]');
      const download = page.waitForEvent('download');
      await page.keyboard.press('Enter');
      const file = await (await download).path();
      expect((await readFile(file)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = pdfText(file);
      expect(text, 'the PDF names the deadline').toContain(path.deadline);
      expect(text).toContain(path.bescheid.geschaeftszeichen);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a late objection shows the warning with the missed deadline and asks why, and the reason is sent', async () => {
    const { context, page } = await newPage(rig);
    const problems = watchPageProblems(page);
    try {
      await page.goto(address(path.lateToday));
      await fillUpTo(page, 'frist');
      const warning = page.locator('.ff-step .kern-alert--warning');
      expect(await warning.locator('p').allTextContents()).toEqual([
        'Achtung: Ihre Frist ist wahrscheinlich schon vorbei. Sie endete am 14.04.2025.',
        'Sie können den Widerspruch trotzdem absenden. Das Jobcenter entscheidet dann, ob es ihn noch bearbeitet.',
        'Bitte schreiben Sie unten, warum Sie den Widerspruch nicht früher schicken konnten.',
      ]);
      expect(await deadlineTexts(page)).not.toContain(path.deadlineText);
      const reason = page.locator('#ff-frist-verspaetungGruende');
      expect(await reason.evaluate((field) => field.tagName)).toBe('TEXTAREA');
      expect(await page.locator('label[for="ff-frist-verspaetungGruende"]').textContent()).toContain(
        'Warum konnten Sie den Widerspruch nicht rechtzeitig schicken?',
      );
      await reason.fill(path.lateReason);
      await page.locator('button[type=submit]').click();
      await expectStep(page, title('begruendung'));
      await fillAnswers(page, 'begruendung', path.begruendung);
      await page.locator('button[type=submit]').click();
      await expectStep(page, title('nachweise'));
      await page.locator(NACHWEIS_LATER).check();
      await page.locator('button[type=submit]').click();
      await expectStep(page, title('erklaerung'));
      await fillAnswers(page, 'erklaerung', path.erklaerung);
      await page.locator('button[type=submit]').click();
      await expectStep(page, title('zusammenfassung'));
      expect(await summaryValue(page, 'Warum konnten Sie den Widerspruch nicht rechtzeitig schicken?').textContent()).toBe(path.lateReason);
      await page.locator('button[type=submit]').click();
      await answerTestIdentity(page, 'confirm');
      await page.locator('.ff-confirmation .kern-title').waitFor();
      const [pkg] = await receivedSubmissions(page);
      expect(pkg?.data['frist']).toEqual({ verspaetungGruende: path.lateReason });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('axe finds no WCAG 2.1 A/AA violation on any step, the summary, the open identity dialog or the confirmation', async () => {
    const { context, page } = await newPage(rig);
    const problems = watchPageProblems(page);
    const { check, found } = axeCollector(page);
    try {
      await page.goto(address(inTime.today));
      expect(inTime.expect.steps).toEqual([...STEPS]);
      const answers: Record<string, unknown> = inTime.answers;
      for (const [index, step] of STEPS.entries()) {
        await expectStep(page, title(step), { focused: index > 0 });
        await check(step);
        if (step === 'zusammenfassung') break;
        if (step === 'nachweise') await page.locator(NACHWEIS_LATER).check();
        else await fillAnswers(page, step, answers[step]);
        if (step === 'bescheid' || step === 'begruendung') await check(`${step} (filled, conditional questions shown)`);
        await page.locator('button[type=submit]').click();
      }
      await page.locator('button[type=submit]').click();
      await testIdentityDialog(page).waitFor();
      await check('identity dialog');
      await answerTestIdentity(page, 'confirm');
      await page.locator('.ff-confirmation .kern-title').waitFor();
      await check('confirmation');
      expect(found).toEqual({});
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('cancelling the identity dialog shows the identity-failed message, keeps every answer, and a second try sends', async () => {
    const { context, page } = await newPage(rig);
    const problems = watchPageProblems(page);
    try {
      await page.goto(address());
      await fillUpTo(page, 'zusammenfassung');
      await pressSubmit(page);
      await answerTestIdentity(page, 'cancel');

      const error = page.locator('.ff-session-error');
      await error.waitFor();
      expect(await error.locator('p').textContent()).toBe(IDENTITY_FAILED);
      // focus is back at the buttons the submit started from
      await expectFocus(page, 'button[type=submit]');
      expect(await page.locator('.ff-step__heading').textContent()).toBe(title('zusammenfassung'));
      expect(await receivedSubmissions(page)).toEqual([]);
      await checkSummary(page, { focused: false });

      // Escape closes the dialog the same way as "Abbrechen"
      await tabTo(page, '.ff-session-error button', { backwards: true });
      expect(await page.locator('.ff-session-error button').textContent()).toBe('Jetzt anmelden');
      await page.keyboard.press('Enter');
      await testIdentityDialog(page).waitFor();
      await page.keyboard.press('Escape');
      await page.locator('dialog.demo-identity').waitFor({ state: 'detached' });
      await expect.poll(() => error.locator('p').textContent()).toBe(IDENTITY_FAILED);
      expect(await receivedSubmissions(page)).toEqual([]);

      // the Bescheid step still holds what was entered
      await page.getByRole('button', { name: 'Der Bescheid ändern' }).click();
      await expectStep(page, title('bescheid'));
      expect(await fieldValues(page, ['#ff-bescheid-bescheidDatum', '#ff-bescheid-geschaeftszeichen', '#ff-bescheid-versanddatum', '#ff-bescheid-land'])).toEqual([
        path.bescheid.bescheidDatum,
        path.bescheid.geschaeftszeichen,
        path.bescheid.versanddatum,
        path.bescheid.land,
      ]);
      for (const step of ['frist', 'begruendung', 'nachweise', 'erklaerung', 'zusammenfassung'] as const) {
        await page.locator('button[type=submit]').click();
        await expectStep(page, title(step));
      }
      await page.locator('button[type=submit]').click();
      await answerTestIdentity(page, 'confirm');
      await page.locator('.ff-confirmation .kern-title').waitFor();
      expect((await receivedSubmissions(page)).map((pkg) => pkg.metadata.identity.reached)).toEqual(['hoch']);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
