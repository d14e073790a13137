import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserRig, axeViolations, newPage, startRig, watchPageProblems } from './support/browser';

let rig: BrowserRig;

beforeAll(async () => {
  rig = await startRig();
});

afterAll(async () => {
  await rig?.close();
});

describe('the demo portal', () => {
  it('lists the VÄM and the Widerspruch by their titles with links to the forms, and axe finds no WCAG 2.1 A/AA violation', async () => {
    const { context, page } = await newPage(rig);
    const problems = watchPageProblems(page);
    try {
      await page.goto(`${rig.site.url}/`);
      const link = page.getByRole('link', { name: 'Veränderungen mitteilen', exact: true });
      await link.waitFor();
      expect(await page.locator('h1').textContent()).toBe('Formulare');
      // every form below forms/ is listed, the applications and services apart from the Anlagen
      expect(await page.locator('h2').allTextContents()).toEqual(['Anträge, Mitteilungen und Dienste', 'Anlagen einzeln']);
      const groups = page.locator('.demo__forms');
      expect(await groups.nth(0).locator('.demo__form h3').allTextContents()).toEqual(
        expect.arrayContaining(['Antrag auf Bürgergeld', 'Veränderungen mitteilen', 'Widerspruch gegen einen Bescheid']),
      );
      expect(await groups.nth(1).locator('.demo__form h3').allTextContents()).toContain('Anlage EB: Einkommensbescheinigung vom Arbeitgeber');
      expect(await groups.nth(1).locator('.demo__form h3').count()).toBe(17);
      expect(await link.getAttribute('href')).toBe('?form=vaem');
      expect(await page.locator('.demo__form', { has: link }).locator('.kern-body--muted').textContent()).toBe(
        'Veränderungsmitteilung SGB II (Bürgergeld) nach dem Vordruck der BA, Stand 01/2025',
      );
      const widerspruch = page.getByRole('link', { name: 'Widerspruch gegen einen Bescheid', exact: true });
      expect(await widerspruch.getAttribute('href')).toBe('?form=widerspruch');
      expect(await page.locator('.demo__form', { has: widerspruch }).locator('.kern-body--muted').textContent()).toBe(
        'Widerspruch gegen einen Bescheid des Jobcenters (SGB II), Online-Formular nach § 36a Abs. 2 SGB I',
      );
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the link opens the VÄM at its first step', async () => {
    const { context, page } = await newPage(rig);
    try {
      await page.goto(`${rig.site.url}/`);
      await page.getByRole('link', { name: 'Veränderungen mitteilen', exact: true }).click();
      await page.locator('.ff-step__heading').waitFor();
      expect(new URL(page.url()).search).toBe('?form=vaem');
      expect(await page.locator('.ff-step__heading').textContent()).toBe('Über Sie');
      expect(await page.locator('.ff-flow__form-title').textContent()).toBe('Veränderungen mitteilen');
    } finally {
      await context.close();
    }
  });

  it('the Widerspruch link opens the Widerspruch at its first step', async () => {
    const { context, page } = await newPage(rig);
    try {
      await page.goto(`${rig.site.url}/`);
      await page.getByRole('link', { name: 'Widerspruch gegen einen Bescheid', exact: true }).click();
      await page.locator('.ff-step__heading').waitFor();
      expect(new URL(page.url()).search).toBe('?form=widerspruch');
      expect(await page.locator('.ff-step__heading').textContent()).toBe('Über Sie');
      expect(await page.locator('.ff-flow__form-title').textContent()).toBe('Widerspruch gegen einen Bescheid');
    } finally {
      await context.close();
    }
  });
});
