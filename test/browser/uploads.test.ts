import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import bankverbindung from '../../forms/vaem/scenarios/10-bankverbindung.json';
import { bigPdfBytes, pdfBytes, pngBytes } from '../fixtures/session/files';
import { type BrowserRig, formAddress, newPage, startRig, watchPageProblems } from './support/browser';
import { fillAnswers } from './support/fillAnswers';
import { expectStep, stepTitle } from './support/formPage';
import { focusedElement, tabTo } from './support/keyboard';

// Files the engine refuses on the Nachweis step: each refusal is told next to its Nachweis in
// plain words, and the page goes on working.

let rig: BrowserRig;

beforeAll(async () => {
  rig = await startRig();
});

afterAll(async () => {
  await rig?.close();
});

/** The only Nachweis of a new account: the Kontonachweis (`bankverbindung:kontonachweis`). */
const INPUT = '#ff-nachweise-bankverbindung_kontonachweis';
const MIB = 1024 * 1024;

const refused = {
  mismatch: {
    file: { name: 'kontoauszug.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pngBytes()) },
    text: '„kontoauszug.pdf“ ist als PDF benannt, ist aber eine PNG-Datei. Bitte speichern Sie sie im richtigen Format.',
  },
  tooBig: {
    file: { name: 'kontoauszug-gross.pdf', mimeType: 'application/pdf', buffer: Buffer.from(bigPdfBytes(10 * MIB + 1)) },
    text: '„kontoauszug-gross.pdf“ ist zu groß. Eine Datei darf höchstens 10 MB groß sein.',
  },
  encrypted: {
    file: { name: 'kontoauszug-geschuetzt.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdfBytes({ encrypted: true })) },
    text: '„kontoauszug-geschuetzt.pdf“ ist mit einem Passwort geschützt. Bitte laden Sie die Datei ohne Passwortschutz hoch.',
  },
} as const;

/** Walks the scenario "Neues Konto" to its Nachweis step. */
async function openNachweise(page: Page): Promise<void> {
  await page.goto(formAddress(rig, { today: bankverbindung.today }));
  const answers: Record<string, unknown> = bankverbindung.answers;
  for (const [index, step] of ['person', 'auswahl', 'bankverbindung', 'erklaerung'].entries()) {
    await expectStep(page, stepTitle(step), { focused: index > 0 });
    await fillAnswers(page, step, answers[step]);
    await page.locator('button[type=submit]').click();
  }
  await expectStep(page, stepTitle('nachweise'));
}

const item = (page: Page) => page.locator('.ff-evidence__item', { has: page.locator(INPUT) });
const status = (page: Page) => page.locator(`${INPUT}-status`);

/** Chooses a file and waits until the engine has judged it (refused or taken). */
async function choose(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.locator(INPUT).setInputFiles(file);
  await item(page).locator('.ff-evidence__file', { hasText: file.name }).locator('.ff-evidence__filestate', { hasNotText: 'wird hochgeladen' }).waitFor();
}

/** The refusal texts shown with the Nachweis, in order. */
async function refusals(page: Page): Promise<string[]> {
  return item(page).locator('.ff-evidence__file .kern-error').allTextContents();
}

/** Ids the file input is described by: its status, and each refused file's reason. */
async function describedBy(page: Page): Promise<string[]> {
  return ((await page.locator(INPUT).getAttribute('aria-describedby')) ?? '').split(' ');
}

describe('uploads on the Nachweis step', () => {
  it('a PNG named .pdf is refused as a mismatch next to its Nachweis, and the step goes on working', async () => {
    const { context, page } = await newPage(rig);
    const problems = watchPageProblems(page);
    try {
      await openNachweise(page);
      await choose(page, refused.mismatch.file);
      expect(await refusals(page)).toEqual([refused.mismatch.text]);
      expect(await status(page).textContent()).toBe('fehlt noch');
      const errorId = await item(page).locator('.ff-evidence__file .kern-error').getAttribute('id');
      expect(await describedBy(page)).toEqual([`${INPUT.slice(1)}-status`, errorId]);

      // still working: Weiter names the missing Nachweis, "later" takes it, Weiter goes on
      await page.locator('button[type=submit]').click();
      await page.locator('.ff-error-summary').waitFor();
      expect(await page.locator('.ff-error-summary a').allTextContents()).toEqual([
        'Nachweis über das Konto: Bitte laden Sie diesen Nachweis hoch oder geben Sie an, dass Sie ihn später nachreichen.',
      ]);
      await page.locator(`${INPUT}-later`).check();
      expect(await status(page).textContent()).toBe('reichen Sie später nach');
      await page.locator('button[type=submit]').click();
      await expectStep(page, stepTitle('zusammenfassung'));
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a PDF over 10 MiB is refused as too big', async () => {
    const { context, page } = await newPage(rig);
    const problems = watchPageProblems(page);
    try {
      await openNachweise(page);
      await choose(page, refused.tooBig.file);
      expect(await refusals(page)).toEqual([refused.tooBig.text]);
      expect(await status(page).textContent()).toBe('fehlt noch');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a password-protected PDF (/Encrypt in its trailer) is refused as encrypted', async () => {
    const { context, page } = await newPage(rig);
    const problems = watchPageProblems(page);
    try {
      await openNachweise(page);
      await choose(page, refused.encrypted.file);
      expect(await refusals(page)).toEqual([refused.encrypted.text]);
      expect(await status(page).textContent()).toBe('fehlt noch');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('after three refused files a valid PDF is uploaded and fulfils the Nachweis', async () => {
    const { context, page } = await newPage(rig);
    const problems = watchPageProblems(page);
    try {
      await openNachweise(page);
      for (const { file } of [refused.mismatch, refused.tooBig, refused.encrypted]) await choose(page, file);
      expect(await refusals(page)).toEqual([refused.mismatch.text, refused.tooBig.text, refused.encrypted.text]);
      const valid = pdfBytes({ comment: 'Kontoauszug November' });
      await choose(page, { name: 'kontoauszug-richtig.pdf', mimeType: 'application/pdf', buffer: Buffer.from(valid) });
      expect(await status(page).textContent()).toBe('hochgeladen');
      expect(await item(page).locator('.ff-evidence__file', { hasText: 'kontoauszug-richtig.pdf' }).locator('.ff-evidence__filestate').textContent()).toBe(
        'Hochgeladen',
      );
      expect(await page.locator('.ff-evidence__count').textContent()).toBe('1 von 1 Unterlagen erledigt');
      expect(await page.locator(`${INPUT}-later`).isDisabled()).toBe(true);
      await page.locator('button[type=submit]').click();
      await expectStep(page, stepTitle('zusammenfassung'));
      expect(await page.locator('.ff-summary dt', { hasText: 'Nachweis über das Konto' }).locator('xpath=following-sibling::dd[1]').textContent()).toBe('hochgeladen');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('removing a file with the keyboard keeps focus in its Nachweis, not on the page body', async () => {
    const { context, page } = await newPage(rig);
    const problems = watchPageProblems(page);
    try {
      await openNachweise(page);
      await choose(page, { name: 'kontoauszug.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdfBytes()) });
      expect(await status(page).textContent()).toBe('hochgeladen');
      await tabTo(page, '.ff-evidence__file button');
      expect(await focusedElement(page)).toBe('BUTTON "Datei entfernen kontoauszug.pdf"');
      await page.keyboard.press('Enter');
      await expect.poll(() => status(page).textContent()).toBe('fehlt noch');
      expect(await item(page).locator('.ff-evidence__file').count()).toBe(0);
      // the button is gone with its file: focus belongs to what is left of the Nachweis
      const focusInItem = () =>
        page.evaluate((input) => {
          const nachweis = document.activeElement?.closest('.ff-evidence__item');
          return nachweis !== null && nachweis !== undefined && nachweis.querySelector(input) !== null;
        }, INPUT);
      expect(await focusInItem(), `focus after removing is on ${await focusedElement(page)}`).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
