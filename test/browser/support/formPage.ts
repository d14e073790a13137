import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Answers } from '../../../engine/definition/types';
import type { SubmissionMetadata } from '../../../engine/submission/types';
import messages from '../../../forms/vaem/i18n/de.json';

/**
 * Waits until the form shows the step with this title and its heading has focus, as FormFlow
 * moves focus after each NEXT, BACK and change link.
 *
 * @example
 * await expectStep(page, 'Über Sie');
 */
export async function expectStep(page: Page, title: string, options: { focused?: boolean } = {}): Promise<void> {
  await expect
    .poll(() => page.locator('.ff-step__heading').textContent({ timeout: 5_000 }).catch(() => null), {
      message: `the step "${title}" is shown`,
      timeout: 10_000,
    })
    .toBe(title);
  if (options.focused === false) return;
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.classList.contains('ff-step__heading') ?? false), {
      message: `the heading of "${title}" has focus`,
      timeout: 5_000,
    })
    .toBe(true);
}

/**
 * The "Schritt x von y" line of the progress indicator.
 *
 * @example
 * expect(await progressText(page)).toBe('Schritt 2 von 6');
 */
export async function progressText(page: Page): Promise<string> {
  return (await page.locator('.ff-progress p').textContent()) ?? '';
}

/** A package the demo received, its bytes left out: attachments by name and size, the PDF by its first bytes. */
export interface ReceivedSubmission {
  metadata: SubmissionMetadata;
  data: Answers;
  attachments: { filename: string; size: number; evidenceId: string }[];
  /** the first five characters of the PDF ("%PDF-") */
  pdfStart: string;
}

/**
 * The packages in `window.formflowDemo.submissions`, without their bytes.
 *
 * @example
 * const [received] = await receivedSubmissions(page);
 */
export async function receivedSubmissions(page: Page): Promise<ReceivedSubmission[]> {
  return page.evaluate(() =>
    (window.formflowDemo?.submissions ?? []).map((pkg) => ({
      metadata: pkg.metadata,
      data: pkg.data,
      attachments: pkg.attachments.map(({ filename, size, evidenceId }) => ({ filename, size, evidenceId })),
      pdfStart: String.fromCharCode(...pkg.pdf.slice(0, 5)),
    })),
  );
}

/**
 * The values the inputs show, in the order of the selectors ('' for an empty or missing field).
 *
 * @example
 * expect(await fieldValues(page, ['#ff-person-vorname'])).toEqual(['Ольга']);
 */
export async function fieldValues(page: Page, selectors: readonly string[]): Promise<string[]> {
  return page.evaluate(
    (wanted) => wanted.map((selector) => (document.querySelector(selector) as HTMLInputElement | null)?.value ?? ''),
    [...selectors],
  );
}

/**
 * The German title of a VÄM step, as forms/vaem/i18n/de.json gives it.
 *
 * @example
 * stepTitle('umzug'); // 'Umzug'
 */
export function stepTitle(step: string): string {
  return stepTitles(messages, 'vaem')(step);
}

/**
 * A title lookup for one form's steps, from its German texts; an unknown step fails loudly.
 *
 * @example
 * const title = stepTitles(messages, 'widerspruch');
 * title('frist'); // 'Ihre Frist'
 */
export function stepTitles(texts: Readonly<Record<string, string>>, formId: string): (step: string) => string {
  return (step) => {
    const title = texts[`steps.${step}.title`];
    if (title === undefined) throw new Error(`forms/${formId}/i18n/de.json has no "steps.${step}.title"`);
    return title;
  };
}

/** The answer the summary shows for a question, found by its exact label. */
export function summaryValue(page: Page, label: string): Locator {
  const exactly = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return page.locator('.ff-summary dt').filter({ hasText: exactly }).locator('xpath=following-sibling::dd[1]');
}

/** The texts of the Labels and warnings a step shows between its questions. */
export async function notes(page: Page): Promise<string[]> {
  return page.locator('.ff-text').allTextContents();
}

/** The warnings (KERN alerts) of the step. */
export async function warnings(page: Page): Promise<string[]> {
  return page.locator('.ff-text.kern-alert--warning').allTextContents();
}
