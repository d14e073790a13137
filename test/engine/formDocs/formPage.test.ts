import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../engine/definition/types';
import { formPage } from '../../../engine/formDocs/formPage';
import { miniForm } from '../graph/miniForm';

const scenarios: Record<string, Scenario> = {
  a: {
    title: 'Mit Kindern',
    today: '2026-03-10',
    answers: { start: { wahl: ['kinder'] }, kinder: { liste: [{ name: 'Ida', alter: 3 }] } },
    expect: { steps: [], anlagen: [], evidence: [] },
  },
};

describe('formPage', () => {
  it('writes the whole page of the four-state form', () => {
    expect(formPage(miniForm(), scenarios).split('\n')).toEqual([
      '# Mini-Antrag (`mini`)',
      '',
      '<!-- Generated from forms/mini by engine/formDocs/formPage.ts. Do not edit: change the form files and run `npx formflow docs`. -->',
      '',
      'Ein kleines Formular für Tests.',
      '',
      '| Fact | Value |',
      '|---|---|',
      '| Folder | `forms/mini` |',
      '| Version | 0.1.0 |',
      '| Edition | Testformular 02/2026 |',
      '| Source | written for the path, graph and docs tests |',
      '| Kind | antrag |',
      '| Anliegensart | Test |',
      '| Locales | de, en |',
      '| Uploads | application/pdf; at most 2 MB per file, 5 MB in all |',
      '| Paths through the flow | 2 |',
      '| Scenarios | 1 |',
      '| Steps reached by scenarios | 4 of 4 |',
      '| Transitions taken by scenarios | 3 of 5 |',
      '',
      '## Identity',
      '',
      'At least **basis**. Raised by these rules (the highest that holds counts):',
      '',
      '| Rule | Level | When |',
      '|---|---|---|',
      '| `kinder` | substanziell | „Kinder“ gewählt |',
      '',
      '## Flow',
      '',
      'Solid arrows: NEXT. Dotted arrows: the step is skipped.',
      '',
      '```mermaid',
      'flowchart TD',
      '  start["Start"]',
      '  kinder["Kinder #91;unter 15#93; #amp; #quot;Enkel#quot;"]',
      '  belege[["Unterlagen"]]',
      '  ende(["Prüfen"])',
      '  start -->|"„Kinder“ gewählt"| kinder',
      '  start -->|"sonst"| belege',
      '  kinder -.->|"überspringen, wenn „Kinder“ nicht gewählt"| belege',
      '  kinder --> belege',
      '  belege --> ende',
      '```',
      '',
      '## Steps',
      '',
      '### 1. Start (`start`)',
      '',
      'Was möchten Sie angeben?',
      '',
      '- Next: `kinder` when „Kinder“ gewählt.',
      '- Otherwise next: `belege`.',
      '',
      '| Field | Question | Type | Required | Options | Shown when |',
      '|---|---|---|---|---|---|',
      '| `/start/wahl` | Was möchten Sie angeben? | array of string, checkboxes | yes | `kinder`: Kinder<br>`sonstiges`: Sonstiges |  |',
      '',
      '### 2. Kinder \\[unter 15\\] & "Enkel" (`kinder`)',
      '',
      '- Skipped, on to `belege`, when „Kinder“ nicht gewählt.',
      '- Next: `belege`.',
      '',
      '| Field | Question | Type | Required | Options | Shown when |',
      '|---|---|---|---|---|---|',
      '| `/kinder/liste` | Kinder | array of object | no |  |  |',
      '| `/kinder/liste/*/name` | Kinder › Name | string | yes |  |  |',
      '| `/kinder/liste/*/alter` | Kinder › Alter | integer | no |  | „Name“ beantwortet |',
      '',
      '### 3. Unterlagen (`belege`)',
      '',
      '*Nachweis checklist: the documents of the Nachweis rules below, with upload controls.*',
      '',
      '- Next: `ende`.',
      '',
      '### 4. Prüfen (`ende`)',
      '',
      '*Summary: the citizen checks the answers and sends the form.*',
      '',
      '## Anlagen',
      '',
      '| Rule | Anlage | Name | For each | When |',
      '|---|---|---|---|---|',
      '| `kind-ki` | KI | Anlage KI: Kind unter 15 Jahren | `/kinder/liste` | „Alter“ kleiner als 15 |',
      '',
      '## Nachweise',
      '',
      '| Rule | Documents | For each | When |',
      '|---|---|---|---|',
      '| `kind` | Geburtsurkunde (`geburtsurkunde`) | `/kinder/liste` | „Name“ beantwortet |',
      '',
      '## Scenarios',
      '',
      '1 in `forms/mini/scenarios/`, run with `npx formflow test mini`.',
      '',
      '- `a`: Mit Kindern',
      '',
    ]);
  });

  it('gives the same page for the same form', () => {
    expect(formPage(miniForm(), scenarios)).toBe(formPage(miniForm(), scenarios));
  });

  it('names the folder it was given and says when nothing raises the identity level or brings in an Anlage', () => {
    const form = miniForm();
    form.manifest.identityRules = [];
    form.manifest.anlagen = [];
    form.evidence = [];
    const page = formPage(form, {}, { formDir: 'forms/antraege/mini' });
    expect(page).toContain('| Folder | `forms/antraege/mini` |');
    expect(page).toContain('## Identity\n\nAt least **basis**. No rule raises it.');
    expect(page).toContain('## Anlagen\n\nThis form brings in no Anlage.');
    expect(page).toContain('## Nachweise\n\nThis form asks for no Nachweis.');
    expect(page).toContain('## Scenarios\n\n0 in `forms/antraege/mini/scenarios/`, run with `npx formflow test mini`.\n');
  });

  it('writes the form texts and conditions in the locale asked for', () => {
    const page = formPage(miniForm(), scenarios, { locale: 'en' });
    expect(page).toContain('# Mini application (`mini`)');
    expect(page).toContain('- Next: `kinder` when "Children" chosen.');
    expect(page).toContain('  start -->|"#quot;Children#quot; chosen"| kinder');
  });
});
