import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import messages from '../../forms/ortsabwesenheit/i18n/de.json';
import shortNotice from '../../forms/ortsabwesenheit/scenarios/04-kurzfristig-fuenf-tage-vorher.json';
import { type BrowserRig, axeCollector, axeViolations, formAddress, newPage, startRig, watchPageProblems } from './support/browser';
import { fillAnswers } from './support/fillAnswers';
import { expectStep, notes, receivedSubmissions, stepTitles, summaryValue, warnings } from './support/formPage';
import { declareUpToSummary, submitAtBasis, typePerson } from './support/keyboardSteps';
import { expectFocus, pressNext, retype, tabTo, typeDate } from './support/keyboard';

// The Ortsabwesenheit: the day count and its warnings come from the computed value
// `abwesenheit` and change while the citizen types; axe (WCAG 2.1 A/AA) runs on every page.

let rig: BrowserRig;

beforeAll(async () => {
  rig = await startRig();
});

afterAll(async () => {
  await rig?.close();
});

const TODAY = '2026-06-10';
const texts = messages as Record<string, string>;
// the warning names the form's lead time (options.vorlaufTage: 14 days)
const shortNoticeText = (texts['regeln.kurzfristig'] ?? '').replace('{{vorlauf}}', '14');
const title = stepTitles(texts, 'ortsabwesenheit');

/** The notes before the rules' own text: the day count and its warnings. */
async function countNotes(page: Page): Promise<string[]> {
  const all = await notes(page);
  return all.slice(0, -1);
}

const overLimit =
  'Das sind 29 Tage in diesem Kalenderjahr. Das Jobcenter stimmt in der Regel höchstens 21 Tagen im Jahr zu. Sie können den Antrag trotzdem senden. Das Jobcenter entscheidet.';

describe('the Ortsabwesenheit with the keyboard only', () => {
  it('a 14-day trip three weeks ahead: the day count, the over-limit warning coming and going, every page without axe violations', async () => {
    const { context, page } = await newPage(rig);
    const problems = watchPageProblems(page);
    const { check, found } = axeCollector(page);
    try {
      await page.goto(formAddress(rig, { form: 'ortsabwesenheit', today: TODAY }));

      await expectStep(page, title('person'), { focused: false });
      expect(await page.locator('.ff-progress p').textContent()).toBe('Schritt 1 von 6');
      await check('person');
      await typePerson(page);

      await expectStep(page, title('zeitraum'));
      await check('zeitraum');
      await tabTo(page, '#ff-zeitraum-von');
      await typeDate(page, '2026-07-01');
      await tabTo(page, '#ff-zeitraum-bis');
      await typeDate(page, '2026-07-14');
      // 15 days already approved: 29 in the year, over the 21-day limit
      await tabTo(page, '#ff-zeitraum-bisherigeTage');
      await page.keyboard.type('15');
      await tabTo(page, '#ff-zeitraum-ziel');
      await page.keyboard.type('Zu meiner Schwester nach Hamburg');
      // the end is after the start: no warning on this step
      expect(await notes(page)).toEqual([]);
      await pressNext(page);

      // the computed day count and its warnings are shown with the rules
      await expectStep(page, title('regeln'));
      expect(await countNotes(page)).toEqual([
        'Ihre Abwesenheit dauert 14 Tage. Der erste und der letzte Tag zählen mit.',
        'Mit den 15 Tagen, denen das Jobcenter schon zugestimmt hat, sind das 29 Tage in diesem Jahr.',
        overLimit,
      ]);
      expect(await warnings(page)).toEqual([overLimit]);
      expect((await notes(page)).at(-1)).toContain('1. Das Jobcenter muss zustimmen, bevor Sie abreisen.');
      await check('regeln (over the limit)');
      // Weiter without answers: the error summary takes focus
      await pressNext(page);
      await expectFocus(page, '.ff-error-summary');
      await check('regeln (errors)');

      // back, 5 days instead of 15: 19 in the year, the warning goes
      await tabTo(page, '.ff-actions button[type=button]');
      await page.keyboard.press('Enter');
      await expectStep(page, title('zeitraum'));
      await tabTo(page, '#ff-zeitraum-bisherigeTage');
      await retype(page, '5');
      await pressNext(page);
      await expectStep(page, title('regeln'));
      expect(await countNotes(page)).toEqual([
        'Ihre Abwesenheit dauert 14 Tage. Der erste und der letzte Tag zählen mit.',
        'Mit den 5 Tagen, denen das Jobcenter schon zugestimmt hat, sind das 19 Tage in diesem Jahr.',
      ]);
      expect(await warnings(page)).toEqual([]);
      await check('regeln (within the limit)');
      await tabTo(page, '#ff-regeln-kenntnis');
      await page.keyboard.press('Space');
      await expectFocus(page, '#ff-regeln-kenntnis:checked');
      // Tab lands on the first choice; the arrow key moves to the second and selects it
      await tabTo(page, '#ff-regeln-wenigerTage');
      await page.keyboard.press('ArrowDown');
      await expectFocus(page, '#ff-regeln-wenigerTage-1:checked');
      await pressNext(page);

      await declareUpToSummary(page, title, check);
      expect(await summaryValue(page, texts['regeln.wenigerTage.label'] ?? '').textContent()).toBe(texts['regeln.wenigerTage.options.ohneLeistung']);
      expect(await summaryValue(page, texts['zeitraum.ziel.label'] ?? '').textContent()).toBe('Zu meiner Schwester nach Hamburg');

      await submitAtBasis(page, check);

      const received = await receivedSubmissions(page);
      expect(received).toHaveLength(1);
      const [pkg] = received;
      expect(pkg?.data).toEqual({
        person: { vorname: 'Erika', nachname: 'Mustermann', geburtsdatum: '1984-05-12', bgNummer: '96301BG0012345' },
        zeitraum: { von: '2026-07-01', bis: '2026-07-14', bisherigeTage: 5, ziel: 'Zu meiner Schwester nach Hamburg' },
        regeln: { kenntnis: true, wenigerTage: 'ohneLeistung' },
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

describe('the Ortsabwesenheit warns', () => {
  it('when the trip starts in less than 2 weeks, and when the last day is before the first', async () => {
    const { context, page } = await newPage(rig);
    const problems = watchPageProblems(page);
    const { person, zeitraum } = shortNotice.answers;
    const enterDates = async (dates: { von?: string; bis: string }): Promise<void> => {
      await fillAnswers(page, 'zeitraum', dates);
      await page.locator('button[type=submit]').click();
      await expectStep(page, title('regeln'));
    };
    const back = async (): Promise<void> => {
      await page.locator('.ff-actions button[type=button]').click();
      await expectStep(page, title('zeitraum'));
    };
    try {
      await page.goto(formAddress(rig, { form: 'ortsabwesenheit', today: shortNotice.today }));
      await expectStep(page, title('person'), { focused: false });
      await fillAnswers(page, 'person', person);
      await page.locator('button[type=submit]').click();
      await expectStep(page, title('zeitraum'));

      await enterDates({ von: zeitraum.von, bis: zeitraum.bis });
      expect(await countNotes(page)).toEqual(['Ihre Abwesenheit dauert 5 Tage. Der erste und der letzte Tag zählen mit.', shortNoticeText]);
      expect(await warnings(page)).toEqual([shortNoticeText]);
      expect(await axeViolations(page)).toEqual([]);

      // the last day before the first: a warning at once, and no day count on the next step
      await back();
      await fillAnswers(page, 'zeitraum', { bis: '2026-06-14' });
      await expect.poll(() => warnings(page)).toEqual([texts['zeitraum.bisVorVon']]);
      expect(await axeViolations(page)).toEqual([]);
      await page.locator('button[type=submit]').click();
      await expectStep(page, title('regeln'));
      expect(await countNotes(page)).toEqual([texts['regeln.bisVorVon']]);

      // one day: the same date twice
      await back();
      await enterDates({ bis: zeitraum.von });
      expect(await countNotes(page)).toEqual([texts['regeln.einTag'], shortNoticeText]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
