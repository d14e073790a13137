import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import allChanges from '../../forms/vaem/scenarios/28-alle-aenderungen.json';
import { pdfBytes, pngBytes } from '../fixtures/session/files';
import { type BrowserRig, axeCollector, axeViolations, formAddress, newPage, startRig, watchPageProblems } from './support/browser';
import { fillAnswers } from './support/fillAnswers';
import { expectStep, stepTitle as title } from './support/formPage';
import { answerTestIdentity } from './support/testIdentity';

// axe-core with the WCAG 2.1 A and AA rules on every page a citizen can see in the VÄM.

let rig: BrowserRig;

beforeAll(async () => {
  rig = await startRig();
});

afterAll(async () => {
  await rig?.close();
});

const answers: Record<string, unknown> = allChanges.answers;

/** Presses "Weiter" and waits for the error summary (when the step is incomplete) or the next step. */
async function next(page: Page, expected: { error: true } | { step: string }): Promise<void> {
  await page.locator('button[type=submit]').click();
  if ('error' in expected) await page.locator('.ff-error-summary').waitFor();
  else await expectStep(page, title(expected.step));
}

describe('accessibility of the VÄM (axe, WCAG 2.1 A/AA)', () => {
  it('every step of a path with all 13 changes, the error states, the Nachweise, the summary and the confirmation have no violations', async () => {
    const { context, page } = await newPage(rig);
    const problems = watchPageProblems(page);
    const { check, found } = axeCollector(page);
    try {
      await page.goto(formAddress(rig, { today: allChanges.today }));
      const steps = allChanges.expect.steps;
      expect(steps).toHaveLength(18);
      expect((answers['auswahl'] as { aenderungen: string[] }).aenderungen).toHaveLength(13);

      for (const [index, step] of steps.entries()) {
        const following = steps[index + 1];
        await expectStep(page, title(step), { focused: index > 0 });
        // until the changes are chosen the path is person, auswahl, erklaerung, nachweise, summary
        const pathLength = index < 2 ? 5 : steps.length;
        expect(await page.locator('.ff-progress p').textContent()).toBe(`Schritt ${index + 1} von ${pathLength}`);
        await check(step);
        if (step === 'person') {
          await next(page, { error: true });
          await check('person (error state)');
        }
        if (step === 'nachweise') {
          await giveNachweise(page, check);
        } else if (following !== undefined) {
          await fillAnswers(page, step, answers[step]);
          if (step === 'personenwechsel' || step === 'umzug') await check(`${step} (filled, conditional questions shown)`);
        }
        if (following !== undefined) await next(page, { step: following });
      }

      await page.locator('button[type=submit]').click();
      // the changes need "substanziell": the demo's test identity dialog, confirmed by keyboard
      await answerTestIdentity(page, 'confirm');
      await page.locator('.ff-confirmation .kern-title').waitFor();
      await check('confirmation');
      expect(found).toEqual({});
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the first step in English has no violations and says so in English', async () => {
    const { context, page } = await newPage(rig);
    try {
      await page.goto(formAddress(rig, { lang: 'en' }));
      await page.locator('.ff-step__heading').waitFor();
      expect(await page.locator('.ff-flow').getAttribute('lang')).toBe('en');
      expect(await page.locator('button[type=submit]').textContent()).toBe('Continue');
      expect(await axeViolations(page)).toEqual([]);
      await page.locator('button[type=submit]').click();
      await page.locator('.ff-error-summary').waitFor();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('at 320 px wide the first step and its errors have no violations and need no sideways scrolling', async () => {
    const { context, page } = await newPage(rig, { viewport: { width: 320, height: 640 } });
    try {
      await page.goto(formAddress(rig));
      await expectStep(page, title('person'), { focused: false });
      await page.locator('button[type=submit]').click();
      await page.locator('.ff-error-summary').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      // WCAG 1.4.10 Reflow: content fits 320 CSS pixels without scrolling in two directions
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    } finally {
      await context.close();
    }
  });
});

/**
 * The Nachweis step in its states: the checklist, its error state after Weiter, a refused file
 * (a PNG named .pdf) next to its item, an uploaded file, the rest marked for later.
 */
async function giveNachweise(page: Page, check: (name: string) => Promise<void>): Promise<void> {
  const items = page.locator('.ff-evidence__item');
  expect(await items.count()).toBe(allChanges.expect.evidence.length);
  await next(page, { error: true });
  await check('nachweise (error state)');

  const first = items.nth(0).locator('input[type=file]');
  await first.setInputFiles({ name: 'mietvertrag.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pngBytes()) });
  await items.nth(0).locator('.ff-evidence__file .kern-error').waitFor();
  const second = items.nth(1).locator('input[type=file]');
  await second.setInputFiles({ name: 'meldebescheinigung.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdfBytes()) });
  await expect.poll(() => items.nth(1).locator('.ff-evidence__status').textContent()).toBe('hochgeladen');
  await check('nachweise (a refused and an uploaded file)');

  const later = page.locator('.ff-evidence__item input[id$="-later"]:not(:checked):not(:disabled)');
  while ((await later.count()) > 0) await later.first().check();
  expect(await page.locator('.ff-evidence__count').textContent()).toBe(`${allChanges.expect.evidence.length} von ${allChanges.expect.evidence.length} Unterlagen erledigt`);
}
