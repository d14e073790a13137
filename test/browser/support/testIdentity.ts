import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { focusMatches, focusedElement, tabTo } from './keyboard';

/** The texts of the demo's test identity dialog (demo/testIdentityDialog.ts), in German. */
export const TEST_IDENTITY = {
  title: 'Test-Identifizierung – kein echter Online-Ausweis',
  confirm: 'Identität bestätigen (Test)',
  cancel: 'Abbrechen',
} as const;

const DIALOG = 'dialog.demo-identity';

/**
 * The demo's test identity dialog; `waitFor()` on it waits until it is open.
 *
 * @example
 * await testIdentityDialog(page).waitFor();
 */
export function testIdentityDialog(page: Page): Locator {
  return page.locator(`${DIALOG}[open]`);
}

/**
 * Waits for the test identity dialog, checks that focus is inside it, and answers it with the
 * keyboard only: Tab to "Identität bestätigen (Test)" (or "Abbrechen") and Enter. Returns when
 * the dialog is gone.
 *
 * @example
 * await page.keyboard.press('Enter'); // on "Absenden"
 * await answerTestIdentity(page, 'confirm');
 */
export async function answerTestIdentity(page: Page, answer: 'confirm' | 'cancel'): Promise<void> {
  const dialog = testIdentityDialog(page);
  await dialog.waitFor();
  const inside = async () => ((await focusMatches(page, `${DIALOG} *`)) ? 'inside the dialog' : await focusedElement(page));
  await expect.poll(inside, { message: 'focus is in the identity dialog' }).toBe('inside the dialog');
  const button = `${DIALOG} button.${answer === 'confirm' ? 'kern-btn--primary' : 'kern-btn--secondary'}`;
  await tabTo(page, button, { maxPresses: 10 });
  expect(await page.locator(button).textContent()).toBe(answer === 'confirm' ? TEST_IDENTITY.confirm : TEST_IDENTITY.cancel);
  await page.keyboard.press('Enter');
  await page.locator(DIALOG).waitFor({ state: 'detached' });
}
