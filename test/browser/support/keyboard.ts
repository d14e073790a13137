import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** A short readable description of the focused element: `INPUT#ff-person-vorname`, `BUTTON "Weiter"`. */
export async function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (element === null) return '(nothing)';
    const id = element.id === '' ? '' : `#${element.id}`;
    const name = element.getAttribute('aria-label') ?? (element.textContent ?? '').trim().slice(0, 40);
    return `${element.tagName}${id}${name === '' ? '' : ` "${name}"`}`;
  });
}

/** Whether the focused element matches a CSS selector. */
export async function focusMatches(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector);
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector`, as a keyboard user
 * moves through the page. Fails with the elements passed on the way, so a missing tab stop or
 * a keyboard trap reads plainly in the test output.
 *
 * @example
 * await tabTo(page, '#ff-person-vorname');
 * await tabTo(page, 'button[type=submit]');
 * await tabTo(page, '#ff-person-vorname', { backwards: true });
 */
export async function tabTo(page: Page, selector: string, options: { backwards?: boolean; maxPresses?: number } = {}): Promise<void> {
  const key = options.backwards === true ? 'Shift+Tab' : 'Tab';
  const maxPresses = options.maxPresses ?? 60;
  const passed: string[] = [];
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press(key);
    if (await focusMatches(page, selector)) return;
    passed.push(await focusedElement(page));
  }
  throw new Error(`${key} did not reach ${selector} within ${maxPresses} presses; focus went through:\n  ${passed.join('\n  ')}`);
}

/** The order of day and month in Chromium's date field, which follows the browser's own locale. */
type DateOrder = 'month-first' | 'day-first';

/**
 * Types a date (YYYY-MM-DD) into the focused native date field, segment by segment. Chromium
 * shows the field in its own UI locale (en-US, month first, when no other locale is
 * installed), so the order is probed first: typing 01, 02, 2000 tells which segment came first;
 * Shift+Tab then returns to the first segment and the real date is typed over the probe.
 *
 * @example
 * await tabTo(page, '#ff-person-geburtsdatum');
 * await typeDate(page, '1983-10-03');
 */
export async function typeDate(page: Page, iso: string): Promise<void> {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) throw new Error(`typeDate: "${iso}" is not YYYY-MM-DD`);
  const [, year, month, day] = match as unknown as [string, string, string, string];
  const field = await page.evaluate(() => document.activeElement?.id ?? '');
  await page.keyboard.type('01022000');
  const probed = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value ?? '');
  const order: DateOrder | undefined = probed === '2000-01-02' ? 'month-first' : probed === '2000-02-01' ? 'day-first' : undefined;
  if (order === undefined) throw new Error(`typeDate: the date field #${field} read "${probed}" after typing 01 02 2000; unknown segment order`);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type(order === 'month-first' ? `${month}${day}${year}` : `${day}${month}${year}`);
  const typed = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value ?? '');
  if (typed !== iso) throw new Error(`typeDate: the date field #${field} reads "${typed}" after typing ${iso}`);
}

/**
 * Replaces the text of the focused field: select all, then type, as a person corrects a field.
 *
 * @example
 * await retype(page, 'DE89370400440532013000');
 */
export async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** Waits for focus on `selector`; on failure the received value names the element that has focus. */
export async function expectFocus(page: Page, selector: string): Promise<void> {
  const focus = async () => ((await focusMatches(page, selector)) ? selector : await focusedElement(page));
  await expect.poll(focus, { message: `focus on ${selector}` }).toBe(selector);
}

/** Tabs to the step's Weiter/Absenden button and presses Enter, as a keyboard user would. */
export async function pressNext(page: Page, options: { maxPresses?: number } = {}): Promise<void> {
  await tabTo(page, 'button[type=submit]', options);
  await page.keyboard.press('Enter');
}
