import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import manifest from '../../forms/terminanfrage/form.json';
import messages from '../../forms/terminanfrage/i18n/de.json';
import exactlyEarliest from '../../forms/terminanfrage/scenarios/05-sonstiges-genau-fruehester-termin.json';
import { type BrowserRig, axeCollector, axeViolations, formAddress, newPage, startRig, watchPageProblems } from './support/browser';
import { fillAnswers } from './support/fillAnswers';
import { expectStep, notes, receivedSubmissions, stepTitles, summaryValue, warnings } from './support/formPage';
import { declareUpToSummary, submitAtBasis, typePerson } from './support/keyboardSteps';
import { expectFocus, pressNext, tabTo, typeDate } from './support/keyboard';

// The Terminanfrage: the duration of the conversation and the earliest date come from the
// computed value `termin`, configured by the jobcenter in form.json; the too-early warning
// follows the date while the citizen types. axe (WCAG 2.1 A/AA) runs on every page.

let rig: BrowserRig;

beforeAll(async () => {
  rig = await startRig();
});

afterAll(async () => {
  await rig?.close();
});

const TODAY = '2026-06-10';
const texts = messages as Record<string, string>;
const title = stepTitles(texts, 'terminanfrage');

const tooEarly =
  'Dieser Tag ist zu früh. Ein Termin ist frühestens am 13.06.2026 möglich. Sie können die Anfrage trotzdem senden. Das Jobcenter schlägt Ihnen dann einen Termin vor.';

describe('the Terminanfrage with the keyboard only', () => {
  it('advice on work by phone: the duration after choosing the Anliegen, the too-early warning coming and going, every page without axe violations', async () => {
    const { context, page } = await newPage(rig);
    const problems = watchPageProblems(page);
    const { check, found } = axeCollector(page);
    try {
      await page.goto(formAddress(rig, { form: 'terminanfrage', today: TODAY }));

      await expectStep(page, title('person'), { focused: false });
      expect(await page.locator('.ff-progress p').textContent()).toBe('Schritt 1 von 6');
      await check('person');
      await typePerson(page);

      await expectStep(page, title('anliegen'));
      await check('anliegen');
      // Tab lands on the first Anliegen; the arrow key moves to the second and selects it
      await tabTo(page, '#ff-anliegen-art');
      await page.keyboard.press('ArrowDown');
      await expectFocus(page, '#ff-anliegen-art-1:checked');
      await tabTo(page, '#ff-anliegen-beschreibung');
      await page.keyboard.type('Ich suche eine Ausbildung als Kauffrau.');
      await pressNext(page);

      // the jobcenter's 45 minutes for beratung-arbeit, before any date is entered
      await expectStep(page, title('termin'));
      expect(await notes(page)).toEqual(['Ein Gespräch dazu dauert etwa 45 Minuten.']);
      expect(await warnings(page)).toEqual([]);
      await check('termin');

      // tomorrow is before the earliest date (today + 3 days): the warning appears at once
      await tabTo(page, '#ff-termin-wunschtermin');
      await typeDate(page, '2026-06-11');
      await expect.poll(() => warnings(page)).toEqual([tooEarly]);
      expect(await notes(page)).toEqual(['Ein Gespräch dazu dauert etwa 45 Minuten.', tooEarly]);
      await check('termin (too early)');

      // back to the first segment of the same field, a later date: the warning goes
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await typeDate(page, '2026-06-15');
      await expect.poll(() => warnings(page)).toEqual([]);
      expect(await notes(page)).toEqual(['Ein Gespräch dazu dauert etwa 45 Minuten.']);

      await tabTo(page, '#ff-termin-tageszeit');
      await page.keyboard.press('Space');
      await expectFocus(page, '#ff-termin-tageszeit:checked');
      await tabTo(page, '#ff-termin-alternativ');
      await page.keyboard.type('Montags ab 10 Uhr');
      // the phone number is asked only for a conversation by phone
      expect(await page.locator('#ff-termin-telefon').count()).toBe(0);
      await tabTo(page, '#ff-termin-gespraechsart');
      await page.keyboard.press('ArrowDown');
      await expectFocus(page, '#ff-termin-gespraechsart-1:checked');
      await page.locator('#ff-termin-telefon').waitFor();

      // Weiter without the number: the error summary takes focus and names it
      await pressNext(page);
      await expectFocus(page, '.ff-error-summary');
      expect(await page.locator('.ff-error-summary').textContent()).toContain(texts['termin.telefon.error.required']);
      await check('termin (errors)');
      await tabTo(page, '#ff-termin-telefon');
      await page.keyboard.type('0151 1234567');
      await pressNext(page);

      await declareUpToSummary(page, title, check);
      expect(await summaryValue(page, texts['anliegen.art.label'] ?? '').textContent()).toBe(texts['anliegen.art.options.beratung-arbeit']);
      expect(await summaryValue(page, texts['termin.gespraechsart.label'] ?? '').textContent()).toBe(texts['termin.gespraechsart.options.telefon']);
      expect(await summaryValue(page, texts['termin.telefon.label'] ?? '').textContent()).toBe('0151 1234567');

      await submitAtBasis(page, check);

      const received = await receivedSubmissions(page);
      expect(received).toHaveLength(1);
      const [pkg] = received;
      // computed values are shown, never stored in the submission data
      expect(pkg?.data).toEqual({
        person: { vorname: 'Erika', nachname: 'Mustermann', geburtsdatum: '1984-05-12', bgNummer: '96301BG0012345' },
        anliegen: { art: 'beratung-arbeit', beschreibung: 'Ich suche eine Ausbildung als Kauffrau.' },
        termin: { wunschtermin: '2026-06-15', tageszeit: 'vormittag', alternativ: 'Montags ab 10 Uhr', gespraechsart: 'telefon', telefon: '0151 1234567' },
        erklaerung: { wahrheit: true },
      });
      expect(pkg?.metadata.identity).toEqual({ required: 'basis', reached: 'basis' });
      expect(pkg?.metadata.anlagen).toEqual([]);
      expect(pkg?.metadata.evidence).toEqual([]);
      expect(pkg?.pdfStart).toBe('%PDF-');
      expect(found).toEqual({});
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the Terminanfrage shows the jobcenter configuration', () => {
  it('the duration of each Anliegen from form.json, and no warning on exactly the earliest date', async () => {
    const { context, page } = await newPage(rig);
    const problems = watchPageProblems(page);
    const durations = manifest.computed[0]?.options.dauerMinuten as Record<string, number>;
    try {
      await page.goto(formAddress(rig, { form: 'terminanfrage', today: exactlyEarliest.today }));
      await expectStep(page, title('person'), { focused: false });
      await fillAnswers(page, 'person', exactlyEarliest.answers.person);
      await page.locator('button[type=submit]').click();

      const shown: Record<string, string[]> = {};
      for (const art of Object.keys(durations)) {
        await expectStep(page, title('anliegen'));
        await fillAnswers(page, 'anliegen', { art });
        await page.locator('button[type=submit]').click();
        await expectStep(page, title('termin'));
        shown[art] = await notes(page);
        await page.locator('.ff-actions button[type=button]').click();
      }
      expect(shown).toEqual({
        erstgespraech: ['Ein Gespräch dazu dauert etwa 60 Minuten.'],
        'beratung-arbeit': ['Ein Gespräch dazu dauert etwa 45 Minuten.'],
        leistungsfragen: ['Ein Gespräch dazu dauert etwa 30 Minuten.'],
        unterlagen: ['Ein Gespräch dazu dauert etwa 15 Minuten.'],
        sonstiges: ['Ein Gespräch dazu dauert etwa 30 Minuten.'],
      });

      // the scenario's Anliegen (sonstiges) and exactly the earliest date: no warning
      await expectStep(page, title('anliegen'));
      await fillAnswers(page, 'anliegen', exactlyEarliest.answers.anliegen);
      await page.locator('button[type=submit]').click();
      await expectStep(page, title('termin'));
      await fillAnswers(page, 'termin', exactlyEarliest.answers.termin);
      await expect.poll(() => page.locator('#ff-termin-wunschtermin').inputValue()).toBe('2026-06-13');
      expect(await notes(page)).toEqual(['Ein Gespräch dazu dauert etwa 30 Minuten.']);
      // one day earlier is too early
      await fillAnswers(page, 'termin', { wunschtermin: '2026-06-12' });
      await expect.poll(() => warnings(page)).toEqual([tooEarly]);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
