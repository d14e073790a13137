import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers, FormDefinition, Scenario } from '../../engine/definition/types';
import { translate } from '../../engine/i18n/translate';
import { loadForm } from '../../engine/node';
import { plan } from '../../engine/plan/plan';
import type { Plan } from '../../engine/plan/types';
import { withValidationToday } from '../../engine/validation/validationToday';
import { DRAFT_FORMAT } from '../../engine/drafts/draftFormat';
import { type BrowserRig, axeCollector, formAddress, newPage, startRig, watchPageProblems } from './support/browser';
import { receivedSubmissions } from './support/formPage';
import { tabTo } from './support/keyboard';
import { keyboardScenario } from './support/keyboardScenario';
import { submitAtBasis } from './support/keyboardSteps';
import { pdfText } from './support/pdfText';

// A family of four (two adults, children of 8 and 12) applies for Bürgergeld with the keyboard
// only: every step of the Hauptantrag and of each Anlage it brings in, axe-checked on the way.

const scenario = JSON.parse(readFileSync('forms/hauptantrag/scenarios/16-familie-mit-zwei-kindern.json', 'utf8')) as Scenario;
let rig: BrowserRig;
let definition: FormDefinition;
let planned: Plan;

beforeAll(async () => {
  rig = await startRig();
  definition = loadForm('forms', 'hauptantrag');
  planned = withValidationToday(scenario.today, () => plan(definition, scenario.answers, { today: scenario.today }));
});

afterAll(async () => {
  await rig?.close();
});

const de = (key: string, params?: Record<string, unknown>) => translate(definition, 'de', key, params);

describe('the Hauptantrag for a family of four, keyboard only', () => {
  it('plans the Anlagen the family needs, per person', () => {
    expect(planned.anlagen.map(({ anlage, key }) => `${anlage}:${key}`)).toEqual(scenario.expect.anlagen.map(({ anlage, key }) => `${anlage}:${key ?? ''}`));
    expect(planned.steps.filter((step) => step.instance !== undefined).length).toBeGreaterThan(10);
  });

  it('is filled step by step with the keyboard to the E-Akte PDF, every step axe-clean', async () => {
    const { context, page } = await newPage(rig);
    const problems = watchPageProblems(page);
    const { check, found } = axeCollector(page);
    try {
      await page.goto(formAddress(rig, { form: 'hauptantrag', today: scenario.today }));
      let vordruck = '';
      await keyboardScenario(page, definition, planned, scenario.answers as Answers, check, async (step, view, filled) => {
        if (view === 'anlagen' && !filled) {
          // the plan per person, the applicant first, then the household's
          const groups = await page.locator('.ff-anlagen__group h2').allTextContents();
          expect(groups).toEqual(['Markus Fischer, 42 Jahre', 'Julia Fischer, 40 Jahre', 'Mia Fischer, 8 Jahre', 'Paul Fischer, 12 Jahre', 'Für den ganzen Haushalt']);
        }
        if (step.id === 'EB:p1:ausfuellen' && filled) {
          // Julia's employer fills the EB: the blank copy to hand over, with her name on it
          await tabTo(page, '.ff-vordruck button', { maxPresses: 40 });
          const download = page.waitForEvent('download');
          await page.keyboard.press('Enter');
          vordruck = pdfText(await (await download).path());
        }
      });
      expect(vordruck).toContain('Beschäftigte Person: Julia Fischer, geboren am 15.03.1985');
      expect(vordruck).toContain('Datum, Stempel und Unterschrift des Arbeitgebers');
      // the summary names each Anlage and its person
      const sections = await page.locator('.ff-summary__section h2').allTextContents();
      expect(sections).toContain(`${de('EK:form.title')} – Julia Fischer: ${de('EK:steps.arbeit.title')}`);
      expect(sections).toContain(`${de('KI:form.title')} – Paul Fischer: ${de(`KI:steps.beziehung.title`)}`);
      await submitAtBasis(page, check);

      const [pkg] = await receivedSubmissions(page);
      // what the family typed is exactly what the jobcenter receives: the pruned answers of the
      // plan (a step left empty, like the optional phone and e-mail, sends nothing)
      const typed = Object.fromEntries(Object.entries(planned.pruned).filter(([, value]) => JSON.stringify(value) !== '{}'));
      expect(pkg?.data).toEqual(typed);
      expect(pkg?.metadata.evidence.map(({ id, status }) => `${id}=${status}`)).toEqual(planned.evidence.map(({ id }) => `${id}=later`));

      await tabTo(page, 'a[download$=".pdf"]');
      const download = page.waitForEvent('download');
      await page.keyboard.press('Enter');
      const file = await (await download).path();
      expect((await readFile(file)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = pdfText(file).replace(/\s+/g, ' ');
      // every Anlage step is a section of its own, titled with the Anlage and the person
      for (const step of planned.steps.filter((entry) => entry.instance !== undefined)) {
        const anlage = de(`${step.instance?.anlage ?? ''}:form.title`);
        const whose = step.instance?.person === undefined ? '' : ` – ${step.instance.person}`;
        expect(text, `the PDF has the section of ${step.id}`).toContain(`${anlage}${whose}: ${de(step.title)}`);
      }
      // a who-question names the person, never the id
      expect(text).toContain('Wer arbeitet? Julia Fischer');
      expect(found).toEqual({});
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 600_000);

  it('on a phone the household list reads cleanly: legends on their own line, remove buttons not squeezed', async () => {
    const { context, page } = await newPage(rig, { viewport: { width: 360, height: 900 } });
    try {
      const draft = { format: DRAFT_FORMAT, formId: 'hauptantrag', formVersion: '1.0.0', startedAt: '2026-03-10T08:00:00.000Z', savedAt: '2026-03-10T08:00:00.000Z', answers: scenario.answers, current: 'haushalt', evidenceMarks: {}, attachments: [] };
      await page.addInitScript((value: string) => window.localStorage.setItem('formflow.demo.hauptantrag', value), JSON.stringify(draft));
      await page.goto(formAddress(rig, { form: 'hauptantrag', today: scenario.today }));
      const item = page.locator('.ff-list__item').first();
      await item.waitFor();
      const box = async (selector: string) => (await item.locator(selector).first().boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };
      const legend = await box('.ff-list__title');
      const firstLabel = await box('label');
      expect(firstLabel.y, 'the first question starts below the item title').toBeGreaterThanOrEqual(legend.y + legend.height);
      const remove = await box('.ff-list__remove');
      // KERN gives a button with screen-reader text the 48 px of an icon button; "Entfernen" needs more
      expect(remove.width).toBeGreaterThan(100);
      expect(remove.height).toBeLessThanOrEqual(48);
    } finally {
      await context.close();
    }
  });
});

