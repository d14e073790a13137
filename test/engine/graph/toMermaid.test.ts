import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../engine/definition/types';
import { toMermaid } from '../../../engine/graph/toMermaid';
import { miniForm } from './miniForm';

describe('toMermaid', () => {
  it('draws the four-state form in German with escaped titles and guards in words', () => {
    expect(toMermaid(miniForm())).toBe(
      [
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
        '',
      ].join('\n'),
    );
  });

  it('draws it in English, quotes escaped', () => {
    expect(toMermaid(miniForm(), 'en')).toBe(
      [
        'flowchart TD',
        '  start["Start"]',
        '  kinder["Children"]',
        '  belege[["Documents"]]',
        '  ende(["Check"])',
        '  start -->|"#quot;Children#quot; chosen"| kinder',
        '  start -->|"otherwise"| belege',
        '  kinder -.->|"skip if #quot;Children#quot; not chosen"| belege',
        '  kinder --> belege',
        '  belege --> ende',
        '',
      ].join('\n'),
    );
  });

  it('gives states whose id Mermaid cannot take a numbered id, and labels an unguarded skip', () => {
    const form: FormDefinition = miniForm();
    form.flow = {
      id: 'mini',
      initial: 'end',
      states: {
        end: { always: 'kinder-liste', on: { NEXT: 'kinder-liste' } },
        'kinder-liste': { type: 'final' },
      },
    };
    expect(toMermaid(form, 'de')).toBe(
      [
        'flowchart TD',
        '  state0["steps.end.title"]',
        '  state1(["steps.kinder-liste.title"])',
        '  state0 -.->|"überspringen"| state1',
        '  state0 --> state1',
        '',
      ].join('\n'),
    );
  });
});
