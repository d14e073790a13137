import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sonstiges from '../../forms/vaem/scenarios/13-sonstiges.json';
import { type BrowserRig, formAddress, newPage, startRig, watchPageProblems } from './support/browser';
import { fillAnswers } from './support/fillAnswers';
import { expectStep, stepTitle } from './support/formPage';

// The demo under `Content-Security-Policy: script-src 'self'` (sent by scripts/serveStatic.ts),
// in a context that does not bypass it: no eval, no inline script, no foreign origin may be needed.

let rig: BrowserRig;

beforeAll(async () => {
  rig = await startRig();
});

afterAll(async () => {
  await rig?.close();
});

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Records every CSP violation of each document; init scripts run through CDP, outside the policy. */
function recordViolations(): void {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations?.push(`${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
  });
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cspViolations ?? ['the recorder did not run']);
}

describe('the demo under a strict Content-Security-Policy', () => {
  it('portal and form work without a single violation, the lazy PDF code and fonts included', async () => {
    const { context, page } = await newPage(rig);
    const problems = watchPageProblems(page);
    const loaded: string[] = [];
    page.on('response', (response) => {
      if (response.ok()) loaded.push(new URL(response.url()).pathname);
    });
    await page.addInitScript(recordViolations);
    try {
      const portal = await page.goto(`${rig.site.url}/`);
      expect(portal?.headers()['content-security-policy']).toContain("script-src 'self'");
      await page.getByRole('link', { name: 'Veränderungen mitteilen', exact: true }).waitFor();
      expect(await violations(page)).toEqual([]);

      const form = await page.goto(formAddress(rig, { today: sonstiges.today }));
      expect(form?.headers()['content-security-policy']).toContain("script-src 'self'");
      const answers: Record<string, unknown> = sonstiges.answers;
      const steps = sonstiges.expect.steps;
      for (const [index, step] of steps.slice(0, -1).entries()) {
        await expectStep(page, stepTitle(step), { focused: index > 0 });
        if (step !== 'nachweise') await fillAnswers(page, step, answers[step]);
        await page.locator('button[type=submit]').click();
      }
      await expectStep(page, 'Angaben prüfen');
      expect(loaded.some((path) => /\/assets\/renderEAkteCopy-[\w-]+\.js$/.test(path)), 'the PDF code is not loaded before it is needed').toBe(false);

      await page.locator('button[type=submit]').click();
      await page.locator('.ff-confirmation .kern-title').waitFor();
      expect(loaded.filter((path) => /\/assets\/(renderEAkteCopy-[\w-]+\.js|DejaVuSans(-Bold)?-[\w-]+\.ttf)$/.test(path)).map(stripHash).sort()).toEqual([
        '/assets/DejaVuSans-Bold.ttf',
        '/assets/DejaVuSans.ttf',
        '/assets/renderEAkteCopy.js',
      ]);
      const download = page.waitForEvent('download');
      await page.locator('a[download$=".pdf"]').click();
      const bytes = await readFile(await (await download).path());
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

      expect(await violations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/** `/assets/DejaVuSans-CHjR2eXl.ttf` → `/assets/DejaVuSans.ttf`: Vite's content hash left out. */
function stripHash(path: string): string {
  return path.replace(/-[\w-]{8}(\.\w+)$/, '$1');
}
