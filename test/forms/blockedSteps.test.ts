import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Answers, FormDefinition } from '../../engine/definition/types';
import { issueMessage } from '../../engine/i18n/issueMessage';
import { loadForm } from '../../engine/node';
import { plan } from '../../engine/plan/plan';
import { pathIssues } from '../../engine/validation/pathIssues';
import { withValidationToday } from '../../engine/validation/validationToday';

/** The blocked issues of a scenario's answers planned with another context, with their German text. */
function blocks(definition: FormDefinition, file: string, context: Record<string, unknown> | undefined, change?: (answers: Answers) => Answers) {
  const scenario = JSON.parse(readFileSync(file, 'utf8')) as { today: string; answers: Answers };
  const answers = change === undefined ? scenario.answers : change(scenario.answers);
  const options = { today: scenario.today, ...(context === undefined ? {} : { context }) };
  return withValidationToday(scenario.today, () => {
    const planned = plan(definition, answers, options);
    return {
      planned,
      blocked: pathIssues(definition, planned, options)
        .filter(({ issue }) => issue.code === 'blocked')
        .map(({ step, issue, local, stepDefinition }) => ({ step, path: issue.path, text: issueMessage(stepDefinition, 'de', local) })),
    };
  });
}

describe('steps a citizen cannot leave (flow.json meta.blockWhen)', () => {
  it('WBA: without what the jobcenter knows, the first step sends the citizen to the Hauptantrag', () => {
    const wba = loadForm('forms', 'wba');
    const { planned, blocked } = blocks(wba, 'forms/wba/scenarios/01-nichts-geaendert.json', {});
    expect(blocked.map(({ step, path }) => `${step} ${path}`)).toEqual(['einwilligung /einwilligung']);
    expect(blocked[0]?.text).toBe(wba.messages['de']?.['einwilligung.gesperrt']);
    expect(planned.steps.find((step) => step.id === 'einwilligung')?.complete).toBe(false);
  });

  it('Unterlagen nachreichen: with nothing outstanding the citizen must say what the documents are for', () => {
    const nachreichen = loadForm('forms', 'nachreichen');
    const file = 'forms/nachreichen/scenarios/02-keine-offen-brief.json';
    const context = (JSON.parse(readFileSync(file, 'utf8')) as { context: Record<string, unknown> }).context;
    expect(blocks(nachreichen, file, context).blocked).toEqual([]);
    const { blocked } = blocks(nachreichen, file, context, (answers) => ({ ...answers, vorgang: {} }));
    expect(blocked.map(({ step, path }) => `${step} ${path}`)).toEqual(['vorgang /vorgang/bezug']);
  });
});

describe('the message form keeps what belongs elsewhere out of the Postfach', () => {
  const konfiguration = JSON.parse(readFileSync('forms/jobcenter-konfiguration/scenarios/03-anliegen-abgeschaltet.json', 'utf8')) as { answers: { jobcenter: { name: string }; anliegen: Record<string, unknown> } };
  // the configuration form's answers are what the portal hands the message form
  const context = { jobcenter: { name: konfiguration.answers.jobcenter.name, anliegen: konfiguration.answers.anliegen } };
  const choose = (art: string) => (answers: Answers) => ({ ...answers, anliegen: { art } });

  it('blocks an Anliegen the jobcenter switched off, with its referral text', () => {
    const nachricht = loadForm('forms', 'nachricht');
    const { blocked } = blocks(nachricht, 'forms/nachricht/scenarios/01-frage-bescheid-postfach.json', context, choose('zahlung'));
    expect(blocked).toEqual([
      {
        step: 'anliegen',
        path: '/anliegen/art',
        text: 'Zu diesem Anliegen können Sie hier keine Nachricht senden. Bitte lesen Sie den Hinweis unter Ihrer Auswahl. Oder wählen Sie ein anderes Anliegen. Fragen zur Zahlung beantwortet unser Service-Center am Telefon: 030 1234567. Montags bis freitags von 8 bis 18 Uhr.',
      },
    ]);
  });

  it('blocks a change or a renewal, which have forms of their own, and lets a question about a Bescheid through', () => {
    const nachricht = loadForm('forms', 'nachricht');
    const file = 'forms/nachricht/scenarios/01-frage-bescheid-postfach.json';
    expect(blocks(nachricht, file, context, choose('veraenderung')).blocked.map(({ path }) => path)).toEqual(['/anliegen/art']);
    expect(blocks(nachricht, file, context, choose('weiterbewilligung')).blocked.map(({ path }) => path)).toEqual(['/anliegen/art']);
    expect(blocks(nachricht, file, context).blocked).toEqual([]);
  });
});
