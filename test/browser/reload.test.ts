import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserRig, formAddress, newPage, startRig, watchPageProblems } from './support/browser';
import { fillAnswers } from './support/fillAnswers';
import { expectStep, fieldValues, progressText } from './support/formPage';

// Drafts in localStorage: a reload mid-form resumes where the citizen was; a draft that cannot
// be read is kept aside and the form starts empty.

let rig: BrowserRig;

beforeAll(async () => {
  rig = await startRig();
});

afterAll(async () => {
  await rig?.close();
});

const DRAFT_KEY = 'formflow.demo.vaem';

const person = { vorname: 'Ольга', nachname: 'Kowalska', geburtsdatum: '1983-10-03', bgNummer: '12345BG0012345' };
const adresse = { strasse: 'Große Straße', hausnummer: '7b', plz: '04109', ort: 'Łódź' };

/** The draft as stored, parsed; undefined when there is none. */
async function storedDraft(page: Page): Promise<{ current?: string; answers?: Record<string, unknown> } | undefined> {
  const text = await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY);
  return text === null ? undefined : (JSON.parse(text) as { current?: string; answers?: Record<string, unknown> });
}

describe('drafts across a reload', () => {
  it('a reload mid-form shows the same step with every value entered and the same progress', async () => {
    const { context, page } = await newPage(rig);
    const problems = watchPageProblems(page);
    try {
      await page.goto(formAddress(rig));
      await expectStep(page, 'Über Sie', { focused: false });
      await fillAnswers(page, 'person', person);
      await page.locator('button[type=submit]').click();
      await expectStep(page, 'Was hat sich geändert?');
      await fillAnswers(page, 'auswahl', { aenderungen: ['umzug', 'bankverbindung'] });
      await page.locator('button[type=submit]').click();
      await expectStep(page, 'Umzug');
      // half of the Umzug step, then the page is reloaded
      await fillAnswers(page, 'umzug', { neueAdresse: adresse });
      const progress = await progressText(page);
      expect(progress).toBe('Schritt 3 von 7');
      await expect
        .poll(async () => (await storedDraft(page))?.answers?.['umzug'], { message: 'the autosave has stored the Umzug answers' })
        .toEqual({ neueAdresse: adresse });

      await page.reload();
      await expectStep(page, 'Umzug', { focused: false });
      expect(await page.locator('.ff-draft__notice').textContent()).toBe('Willkommen zurück. Wir haben Ihre gespeicherten Angaben geladen.');
      expect(await progressText(page)).toBe(progress);
      const addressFields = ['strasse', 'hausnummer', 'plz', 'ort'].map((field) => `#ff-umzug-neueAdresse-${field}`);
      expect(await fieldValues(page, addressFields)).toEqual([adresse.strasse, adresse.hausnummer, adresse.plz, adresse.ort]);

      await page.getByRole('button', { name: 'Zurück' }).click();
      await expectStep(page, 'Was hat sich geändert?');
      expect(
        await page.locator('input[name=ff-auswahl-aenderungen]:checked').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value)),
      ).toEqual(['umzug', 'bankverbindung']);
      await page.getByRole('button', { name: 'Zurück' }).click();
      await expectStep(page, 'Über Sie');
      const personFields = ['vorname', 'nachname', 'geburtsdatum', 'bgNummer'].map((field) => `#ff-person-${field}`);
      expect(await fieldValues(page, personFields)).toEqual([person.vorname, person.nachname, person.geburtsdatum, person.bgNummer]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a corrupt draft is reported, kept under a :kept: key, and the form starts empty', async () => {
    const { context, page } = await newPage(rig);
    const corrupt = '{"format":1,"formId":"vaem","answers":{"person":{"vorname":"Ol';
    try {
      // the portal page shares the form's origin: the draft is in storage before the form loads
      await page.goto(`${rig.site.url}/`);
      await page.evaluate(([key, text]) => localStorage.setItem(key, text), [DRAFT_KEY, corrupt] as const);
      await page.goto(formAddress(rig));
      await expectStep(page, 'Über Sie', { focused: false });
      await page.locator('.ff-draft__notice').waitFor();
      expect(await page.locator('.ff-draft__notice').textContent()).toBe('Ihre gespeicherten Angaben konnten wir nicht lesen. Bitte beginnen Sie neu.');
      expect(await progressText(page)).toBe('Schritt 1 von 5');
      const personFields = ['vorname', 'nachname', 'geburtsdatum', 'bgNummer'].map((field) => `#ff-person-${field}`);
      expect(await fieldValues(page, personFields)).toEqual(['', '', '', '']);

      const kept = await page.evaluate(() =>
        Object.keys(localStorage)
          .filter((key) => key.includes(':kept:'))
          .map((key) => ({ key, value: localStorage.getItem(key) ?? '' })),
      );
      expect(kept).toHaveLength(1);
      expect(kept[0]?.key).toMatch(/^formflow\.demo\.vaem:kept:\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      // stored as JSON text like every draft: parsing it gives back exactly the unreadable text
      expect(JSON.parse(kept[0]?.value ?? 'null')).toBe(corrupt);
      expect(await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)).not.toBe(corrupt);
    } finally {
      await context.close();
    }
  });
});
