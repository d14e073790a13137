import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectStep } from './formPage';
import { expectFocus, pressNext, tabTo, typeDate } from './keyboard';

/** The person the small services' keyboard tests type in, as the submission must carry it. */
export const KEYBOARD_PERSON = { vorname: 'Erika', nachname: 'Mustermann', geburtsdatum: '1984-05-12', bgNummer: '96301BG0012345' };

/**
 * Types the person step shared by the small services (Ortsabwesenheit, Terminanfrage) with the
 * keyboard and goes on.
 */
export async function typePerson(page: Page): Promise<void> {
  await tabTo(page, '#ff-person-vorname');
  await page.keyboard.type(KEYBOARD_PERSON.vorname);
  await tabTo(page, '#ff-person-nachname', { maxPresses: 1 });
  await page.keyboard.type(KEYBOARD_PERSON.nachname);
  await tabTo(page, '#ff-person-geburtsdatum', { maxPresses: 1 });
  await typeDate(page, KEYBOARD_PERSON.geburtsdatum);
  await tabTo(page, '#ff-person-bgNummer');
  await page.keyboard.type(KEYBOARD_PERSON.bgNummer);
  await pressNext(page);
}

/**
 * The end of a small service's form by keyboard: tick the declaration, pass the Nachweis step
 * that needs no documents, arrive at the summary (axe-checked each time). The summary's own
 * checks stay with the test.
 */
export async function declareUpToSummary(page: Page, title: (step: string) => string, check: (name: string) => Promise<void>): Promise<void> {
  await expectStep(page, title('erklaerung'));
  await check('erklaerung');
  await tabTo(page, '#ff-erklaerung-wahrheit');
  await page.keyboard.press('Space');
  await expectFocus(page, '#ff-erklaerung-wahrheit:checked');
  await pressNext(page);

  await expectStep(page, title('nachweise'));
  expect(await page.locator('.ff-step').getByText('Für Ihre Angaben brauchen wir keine Unterlagen.').count()).toBe(1);
  await check('nachweise');
  await pressNext(page);

  await expectStep(page, title('zusammenfassung'));
  await check('zusammenfassung');
}

/**
 * Sends from the summary by keyboard at identity level basis: no identity dialog opens, the
 * confirmation takes focus and has no axe violations.
 */
export async function submitAtBasis(page: Page, check: (name: string) => Promise<void>): Promise<void> {
  await tabTo(page, 'button[type=submit]', { maxPresses: 80 });
  expect(await page.locator('button[type=submit]').textContent()).toBe('Absenden');
  await page.keyboard.press('Enter');
  const confirmation = page.locator('.ff-confirmation .kern-title');
  await confirmation.waitFor();
  await expectFocus(page, '.ff-confirmation .kern-title');
  // level basis: the demo's identity adapter answers at once, no test identity dialog opens
  expect(await page.locator('dialog[open]').count()).toBe(0);
  expect(await confirmation.textContent()).toBe('Vielen Dank. Ihre Angaben sind angekommen.');
  await check('confirmation');
}
