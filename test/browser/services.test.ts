import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers, Scenario } from '../../engine/definition/types';
import { loadForm } from '../../engine/node';
import { plan } from '../../engine/plan/plan';
import { withValidationToday } from '../../engine/validation/validationToday';
import { type BrowserRig, axeCollector, formAddress, newPage, startRig, watchPageProblems } from './support/browser';
import { receivedSubmissions } from './support/formPage';
import { expectFocus, tabTo } from './support/keyboard';
import { keyboardScenario } from './support/keyboardScenario';
import { submitAtBasis } from './support/keyboardSteps';
import { answerTestIdentity } from './support/testIdentity';

// The jobcenter's services with the keyboard only, axe-checked on every step: what the portal
// knows (the configuration, the earlier submission, the jobcenter's data) is put where the demo
// portal keeps it, as a portal's back end would hand it over.

let rig: BrowserRig;

beforeAll(async () => {
  rig = await startRig();
});

afterAll(async () => {
  await rig?.close();
});

function scenario(file: string): Scenario {
  return JSON.parse(readFileSync(file, 'utf8')) as Scenario;
}

/** The answers the jobcenter receives: the plan's pruned answers, steps left empty sending nothing. */
function expectedData(formId: string, given: Scenario): Answers {
  const definition = loadForm('forms', formId);
  const options = { today: given.today, ...(given.context === undefined ? {} : { context: given.context }) };
  const pruned = withValidationToday(given.today, () => plan(definition, given.answers, options)).pruned;
  return Object.fromEntries(Object.entries(pruned).filter(([, value]) => JSON.stringify(value) !== '{}'));
}

/** Fills a form's scenario with the keyboard to its summary (each step axe-checked). */
async function fillByKeyboard(page: Page, formId: string, given: Scenario, storage: Record<string, unknown>, check: (name: string) => Promise<void>): Promise<void> {
  await page.addInitScript((entries: [string, string][]) => {
    for (const [key, value] of entries) window.localStorage.setItem(key, value);
  }, Object.entries(storage).map(([key, value]): [string, string] => [key, JSON.stringify(value)]));
  await page.goto(formAddress(rig, { form: formId, today: given.today }));
  const definition = loadForm('forms', formId);
  const options = { today: given.today, ...(given.context === undefined ? {} : { context: given.context }) };
  const planned = withValidationToday(given.today, () => plan(definition, given.answers, options));
  await keyboardScenario(page, definition, planned, given.answers, check);
}

describe('the jobcenter\'s services, keyboard only and axe-clean', () => {
  it('the jobcenter configures its Postfach with the configuration form, and the message form follows it', async () => {
    const { context, page } = await newPage(rig);
    const problems = watchPageProblems(page);
    const { check, found } = axeCollector(page);
    try {
      const configuration = scenario('forms/jobcenter-konfiguration/scenarios/02-hinweise-und-wege.json');
      await fillByKeyboard(page, 'jobcenter-konfiguration', configuration, {}, check);
      // the configuration needs the identity level substanziell: the demo's test eID dialog
      await tabTo(page, 'button[type=submit]', { maxPresses: 200 });
      await page.keyboard.press('Enter');
      await answerTestIdentity(page, 'confirm');
      await page.locator('.ff-confirmation .kern-title').waitFor();
      await check('confirmation');
      const [sent] = await receivedSubmissions(page);
      expect(sent?.data).toEqual(expectedData('jobcenter-konfiguration', configuration));

      // the message form of the same portal reads what was just configured
      const message = scenario('forms/nachricht/scenarios/01-frage-bescheid-postfach.json');
      const configured = sent?.data as { jobcenter: { name: string }; anliegen: Record<string, { infoText?: string }> };
      await page.goto(formAddress(rig, { form: 'nachricht', today: message.today }));
      const definition = loadForm('forms', 'nachricht');
      const asConfigured = { ...message, context: { jobcenter: { name: configured.jobcenter.name, anliegen: configured.anliegen } } };
      const planned = withValidationToday(message.today, () => plan(definition, message.answers, { today: message.today, context: asConfigured.context }));
      const info = configured.anliegen['bescheid']?.infoText;
      expect(info, 'the configuration scenario gives the Bescheid Anliegen an info text').toBeDefined();
      await keyboardScenario(page, definition, planned, message.answers, check, async (step, _view, filled) => {
        // once the Anliegen is chosen, the jobcenter's info text for it shows
        if (step.id === 'anliegen' && filled) await expect.poll(() => page.locator('.ff-step').textContent()).toContain(info);
      });
      await submitAtBasis(page, check);
      // (a new page: the demo's list of received packages starts anew)
      const [messagePackage] = await receivedSubmissions(page);
      const configuredChannel = (configured.anliegen['bescheid'] as { kanal?: string } | undefined)?.kanal;
      expect(configuredChannel).toBeDefined();
      expect(messagePackage?.metadata.routing).toEqual({ anliegensart: 'Nachricht an das Jobcenter', kanal: configuredChannel });
      expect(found).toEqual({});
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 300_000);

  it('Unterlagen nachreichen lists the earlier submission\'s outstanding Nachweise', async () => {
    const { context, page } = await newPage(rig);
    const problems = watchPageProblems(page);
    const { check, found } = axeCollector(page);
    try {
      const given = scenario('forms/nachreichen/scenarios/01-hauptantrag-zwei-offen.json');
      await fillByKeyboard(page, 'nachreichen', given, { 'formflow.demo.vorgang': (given.context as { vorgang: unknown }).vorgang }, check);
      await submitAtBasis(page, check);
      const [sent] = await receivedSubmissions(page);
      expect(sent?.data).toEqual(expectedData('nachreichen', given));
      expect(sent?.metadata.context).toEqual(given.context);
      expect(sent?.metadata.evidence.filter(({ rule }) => rule === 'offen').map(({ document, status }) => `${document}=${status}`)).toEqual(
        given.expect.evidence.filter((entry) => ['kontoauszuege', 'mietvertrag'].includes(entry.document)).map(({ document }) => `${document}=later`),
      );
      expect(found).toEqual({});
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 300_000);

  it('the Weiterbewilligungsantrag shows what the jobcenter knows and fills the Anlage the change brings', async () => {
    const { context, page } = await newPage(rig);
    const problems = watchPageProblems(page);
    const { check, found } = axeCollector(page);
    try {
      const given = scenario('forms/wba/scenarios/02-baby-geboren.json');
      const known = (given.context as { bekannt: { konto: { iban: string } } }).bekannt;
      await fillByKeyboard(page, 'wba', given, { 'formflow.demo.bekannt': known }, async (name) => {
        if (name === 'einwilligung') expect(await page.locator('.ff-step').textContent()).toContain(known.konto.iban);
        await check(name);
      });
      await submitAtBasis(page, check);
      const [sent] = await receivedSubmissions(page);
      expect(sent?.data).toEqual(expectedData('wba', given));
      expect(sent?.metadata.anlagen.map(({ anlage, key }) => `${anlage}:${key}`)).toEqual(given.expect.anlagen.map(({ anlage, key }) => `${anlage}:${key ?? ''}`));
      await expectFocus(page, '.ff-confirmation .kern-title');
      expect(found).toEqual({});
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 300_000);
});
