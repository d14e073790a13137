import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser';

// The author's loop: `npm run dev`, edit a form file, see it in the page; break it, see the
// lint line. Runs the real dev server on a scratch copy of forms/ so the repo is never touched.
const forms = mkdtempSync(join(tmpdir(), 'formflow-live-'));
const texts = join(forms, 'vaem/i18n/de.json');
let server: ViteDevServer;
let browser: Browser;
let address: string;

beforeAll(async () => {
  cpSync('forms', forms, { recursive: true });
  process.env['FORMFLOW_FORMS_DIR'] = forms;
  server = await createServer({ configFile: 'vite.config.ts', logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
  address = server.resolvedUrls?.local[0] ?? '';
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  delete process.env['FORMFLOW_FORMS_DIR'];
  rmSync(forms, { recursive: true, force: true });
});

function editTexts(edit: (messages: Record<string, string>) => void): void {
  const messages = JSON.parse(readFileSync(texts, 'utf8')) as Record<string, string>;
  edit(messages);
  writeFileSync(texts, `${JSON.stringify(messages, null, 2)}\n`);
}

describe('live preview in the dev server', () => {
  it('shows an edited text without a restart, and a broken definition as its lint line in the page', async () => {
    const page = await browser.newPage();
    await page.goto(`${address}?form=vaem`);
    await expect.poll(() => page.locator('h1, h2').allTextContents(), { timeout: 30_000 }).toContain('Über Sie');

    editTexts((messages) => {
      messages['steps.person.title'] = 'Angaben zu Ihrer Person';
    });
    await expect.poll(() => page.locator('h1, h2').allTextContents(), { timeout: 30_000 }).toContain('Angaben zu Ihrer Person');

    editTexts((messages) => {
      delete messages['steps.person.title'];
    });
    const overlay = () =>
      page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector('.message')?.textContent ?? '');
    await expect.poll(overlay, { timeout: 30_000 }).toContain(
      `i18n/de.json#/steps.person.title: missing-text: missing text "steps.person.title"`,
    );
    await page.close();
  });
});
