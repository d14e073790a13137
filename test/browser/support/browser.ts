import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { chromiumPath } from '../../../scripts/systemTools';
import { serveStatic, type StaticServer } from '../../../scripts/serveStatic';

/** Flags for Chromium in a closed sandbox: no GPU, no background traffic to Google's hosts. */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface BrowserRig {
  browser: Browser;
  site: StaticServer;
  close(): Promise<void>;
}

/** A headless Chromium with the sandbox-friendly flags. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: install Debian\'s chromium or set CHROMIUM_PATH');
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
}

/** Starts the built demo under the strict CSP and a headless Chromium. */
export async function startRig(): Promise<BrowserRig> {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/index.html is missing: build the demo first (npx vite build), as npm test does');
  }
  const browser = await launchChromium();
  const site = await serveStatic('dist', 0);
  return {
    browser,
    site,
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
}

/** The WCAG 2.1 A and AA rules of axe-core; violations as short readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/**
 * Runs axe on each page state a test names and keeps only the violations, so one assertion at
 * the end (`expect(found).toEqual({})`) names every state that had any.
 *
 * @example
 * const axe = axeCollector(page);
 * await axe.check('person');
 * expect(axe.found).toEqual({});
 */
export function axeCollector(page: Page): { check(name: string): Promise<void>; found: Record<string, string[]> } {
  const found: Record<string, string[]> = {};
  return {
    found,
    async check(name) {
      const violations = await axeViolations(page);
      if (violations.length > 0) found[name] = violations;
    },
  };
}

/** Collects CSP violations and page errors, so a test can assert there were none. */
export function watchPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || /Content Security Policy/i.test(text)) problems.push(`console ${message.type()}: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

/** The application date every browser test runs on: the date the VÄM scenarios are written for. */
export const TEST_TODAY = '2026-11-20';

/**
 * The demo's address of a form: `/?form=vaem&lang=de&today=2026-11-20`.
 *
 * @example
 * await page.goto(formAddress(rig, { lang: 'en' }));
 */
export function formAddress(rig: BrowserRig, options: { form?: string; lang?: string; today?: string } = {}): string {
  const params = new URLSearchParams({ form: options.form ?? 'vaem', lang: options.lang ?? 'de', today: options.today ?? TEST_TODAY });
  return `${rig.site.url}/?${params.toString()}`;
}

/**
 * A fresh context (own storage, German browser settings) with one page. The caller closes the
 * context; a test that fails half-way leaves nothing behind for the next one.
 *
 * @example
 * const { context, page } = await newPage(rig);
 * try { … } finally { await context.close(); }
 */
export async function newPage(rig: BrowserRig, options: { viewport?: { width: number; height: number } } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await rig.browser.newContext({
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    acceptDownloads: true,
    ...(options.viewport === undefined ? {} : { viewport: options.viewport }),
  });
  // a missing element fails the test in seconds rather than Playwright's default 30
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  return { context, page };
}
