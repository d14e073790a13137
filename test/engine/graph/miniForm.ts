import type { Condition } from '../../../engine/conditions/types';
import type { FlowState, FormDefinition } from '../../../engine/definition/types';

// A four-state form for the graph, docs and path tests: a NEXT list with a guard and an
// "otherwise", a skip guarded by the negation of the guard that leads to the step (so the skip
// can never happen), the Nachweis checklist and the summary. The step title of `kinder` holds
// the characters Mermaid must not see raw.

const choseKinder: Condition = { type: 'includes', path: '/start/wahl', value: 'kinder' };

// meta is not declared on FlowState; definitions read from JSON carry it like this
const withView = (state: FlowState, view: string): FlowState => ({ ...state, meta: { view } }) as FlowState;

export function miniForm(): FormDefinition {
  return {
    manifest: {
      id: 'mini',
      version: '0.1.0',
      edition: 'Testformular 02/2026',
      source: 'written for the path, graph and docs tests',
      kind: 'antrag',
      routing: { anliegensart: 'Test' },
      identityLevel: 'basis',
      identityRules: [{ id: 'kinder', when: choseKinder, level: 'substanziell', reason: 'identity.kinder' }],
      anlagen: [
        {
          id: 'kind-ki',
          anlage: 'KI',
          forEach: '/kinder/liste',
          when: { type: 'compare', left: { path: './alter' }, op: '<', right: { value: 15 } },
          reason: 'anlagen.kind-ki',
        },
      ],
      uploads: { accept: ['application/pdf'], maxFileBytes: 2097152, maxTotalBytes: 5242880 },
      locales: ['de', 'en'],
    },
    schema: {
      type: 'object',
      properties: {
        start: {
          type: 'object',
          properties: { wahl: { type: 'array', items: { type: 'string', enum: ['kinder', 'sonstiges'] } } },
          required: ['wahl'],
        },
        kinder: {
          type: 'object',
          properties: {
            liste: {
              type: 'array',
              items: {
                type: 'object',
                properties: { name: { type: 'string' }, alter: { type: 'integer', minimum: 0 } },
                required: ['name'],
              },
            },
          },
        },
      },
    },
    flow: {
      id: 'mini',
      initial: 'start',
      states: {
        start: { on: { NEXT: [{ target: 'kinder', guard: { type: 'when', params: choseKinder } }, { target: 'belege' }] } },
        kinder: {
          always: { target: 'belege', guard: { type: 'when', params: { type: 'not', condition: choseKinder } } },
          on: { NEXT: 'belege' },
        },
        belege: withView({ on: { NEXT: 'ende' } }, 'evidence'),
        ende: withView({ type: 'final' }, 'summary'),
      },
    },
    ui: {
      start: {
        type: 'VerticalLayout',
        elements: [{ type: 'Control', scope: '#/properties/start/properties/wahl', options: { format: 'checkboxes' } }],
      },
      kinder: {
        type: 'VerticalLayout',
        elements: [
          {
            type: 'Control',
            scope: '#/properties/kinder/properties/liste',
            options: {
              detail: {
                type: 'VerticalLayout',
                elements: [
                  { type: 'Control', scope: '#/properties/name' },
                  {
                    type: 'Control',
                    scope: '#/properties/alter',
                    options: { showWhen: { type: 'answered', path: './name' } },
                  },
                ],
              },
            },
          },
        ],
      },
    },
    messages: {
      de: {
        'form.title': 'Mini-Antrag',
        'form.description': 'Ein kleines Formular für Tests.',
        'steps.start.title': 'Start',
        'steps.start.intro': 'Was möchten Sie angeben?',
        'steps.kinder.title': 'Kinder [unter 15] & "Enkel"',
        'steps.belege.title': 'Unterlagen',
        'steps.ende.title': 'Prüfen',
        'start.wahl.label': 'Was möchten Sie angeben?',
        'start.wahl.options.kinder': 'Kinder',
        'start.wahl.options.sonstiges': 'Sonstiges',
        'kinder.liste.label': 'Kinder',
        'kinder.liste.name.label': 'Name',
        'kinder.liste.alter.label': 'Alter',
        'anlage.KI': 'Anlage KI: Kind unter 15 Jahren',
        'document.geburtsurkunde': 'Geburtsurkunde',
      },
      en: {
        'form.title': 'Mini application',
        'steps.start.title': 'Start',
        'steps.kinder.title': 'Children',
        'steps.belege.title': 'Documents',
        'steps.ende.title': 'Check',
        'start.wahl.label': 'What do you want to tell us?',
        'start.wahl.options.kinder': 'Children',
        'start.wahl.options.sonstiges': 'Something else',
        'kinder.liste.name.label': 'Name',
        'kinder.liste.alter.label': 'Age',
      },
    },
    evidence: [
      {
        id: 'kind',
        forEach: '/kinder/liste',
        when: { type: 'answered', path: './name' },
        documents: ['geburtsurkunde'],
        reason: 'evidence.kind',
      },
    ],
    documentKinds: ['geburtsurkunde'],
    validators: {
      start: (value) =>
        typeof value === 'object' && value !== null && Array.isArray((value as { wahl?: unknown }).wahl)
          ? []
          : [{ code: 'required', path: '/start/wahl', params: {} }],
      kinder: () => [],
    },
  };
}
