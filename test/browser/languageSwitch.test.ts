import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserRig, formAddress, newPage, startRig, watchPageProblems } from './support/browser';
import { expectStep, fieldValues } from './support/formPage';
import { tabTo } from './support/keyboard';

// Switching the language in the middle of a step changes the texts, never the answers.

let rig: BrowserRig;

beforeAll(async () => {
  rig = await startRig();
});

afterAll(async () => {
  await rig?.close();
});

describe('the language switch', () => {
  it('switching to English mid-step keeps what was typed and shows the step, its errors and the address in English', async () => {
    const { context, page } = await newPage(rig);
    const problems = watchPageProblems(page);
    try {
      await page.goto(formAddress(rig));
      await expectStep(page, 'Über Sie', { focused: false });
      await tabTo(page, '#ff-person-vorname');
      await page.keyboard.type('Ольга');
      await tabTo(page, '#ff-person-nachname', { maxPresses: 1 });
      await page.keyboard.type('Kowalska');

      // the switch sits above the step: back with Shift+Tab, then the arrow key picks English
      await tabTo(page, '.ff-language select', { backwards: true });
      await page.keyboard.press('ArrowDown');
      await expectStep(page, 'About you', { focused: false });
      expect(await page.locator('.ff-flow').getAttribute('lang')).toBe('en');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
      expect(await page.locator('label[for=ff-person-vorname]').textContent()).toBe('First name');
      const shown = await fieldValues(page, ['#ff-person-vorname', '#ff-person-nachname']);
      expect(shown, 'after the language switch the fields still show what was typed').toEqual(['Ольга', 'Kowalska']);

      await page.locator('button[type=submit]').click();
      await page.locator('.ff-error-summary').waitFor();
      expect(await page.locator('.ff-error-summary h2').textContent()).toBe('Please check your answers');
      expect(await fieldValues(page, ['#ff-person-vorname', '#ff-person-nachname'])).toEqual(['Ольга', 'Kowalska']);
      expect(await page.locator('.ff-error-summary a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
        '#ff-person-geburtsdatum',
        '#ff-person-bgNummer',
      ]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
