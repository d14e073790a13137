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
