import sharedDe from '../../../forms/shared/i18n/de.json';
import sharedEn from '../../../forms/shared/i18n/en.json';
import type { FormDefinition, JsonSchema } from '../../../engine/definition/types';
import { compileStepValidators } from '../../../engine/validation/compileStepValidators';

const schema: JsonSchema = {
  type: 'object',
  properties: {
    person: {
      type: 'object',
      properties: {
        vorname: { type: 'string', minLength: 1 },
        geburtsdatum: { type: 'string', format: 'date' },
        miete: { type: 'number', minimum: 0 },
        kinder: { type: 'boolean' },
      },
      required: ['vorname', 'kinder'],
    },
    haushalt: {
      type: 'object',
      properties: {
        personen: {
          type: 'array',
          minItems: 1,
          items: { type: 'object', properties: { vorname: { type: 'string', minLength: 1 } }, required: ['vorname'] },
        },
      },
      required: ['personen'],
    },
  },
};

const de = {
  ...sharedDe,
  'form.title': 'Testformular',
  'steps.person.title': 'Über Sie',
  'steps.person.intro': 'Ein paar Angaben zu Ihnen.',
  'steps.haushalt.title': 'Ihr Haushalt',
  'steps.nachweise.title': 'Unterlagen',
  'steps.zusammenfassung.title': 'Angaben prüfen',
  'person.vorname.label': 'Vorname',
  'person.vorname.hint': 'Wie im Ausweis',
  'person.geburtsdatum.label': 'Geburtsdatum',
  'person.miete.label': 'Miete',
  'person.kinder.label': 'Haben Sie Kinder?',
  'haushalt.personen.label': 'Kinder',
  'haushalt.personen.item': 'Kind {{number}}',
  'haushalt.personen.vorname.label': 'Vorname des Kindes',
  'evidence.immer': 'Wir brauchen Ihre Meldebescheinigung.',
  'error.evidence': 'Bitte laden Sie die Unterlage hoch.',
};

const en = {
  ...sharedEn,
  'form.title': 'Test form',
  'steps.person.title': 'About you',
  'steps.person.intro': 'A few details about you.',
  'steps.haushalt.title': 'Your household',
  'steps.nachweise.title': 'Documents',
  'steps.zusammenfassung.title': 'Check your answers',
  'person.vorname.label': 'First name',
  'person.vorname.hint': 'As in your ID',
  'person.geburtsdatum.label': 'Date of birth',
  'person.miete.label': 'Rent',
  'person.kinder.label': 'Do you have children?',
  'haushalt.personen.label': 'Children',
  'haushalt.personen.item': 'Child {{number}}',
  'haushalt.personen.vorname.label': "Child's first name",
  'evidence.immer': 'We need your registration certificate.',
  'error.evidence': 'Please upload the document.',
};

/**
 * A small form for renderer tests: person (text, date, money, yes/no) → household list (only
 * with children) → Nachweis checklist → summary. Validators compiled with ajv at run time, as
 * in the CLI.
 */
export function fixtureDefinition(): FormDefinition {
  return {
    manifest: {
      id: 'test',
      version: '1.0.0',
      edition: 'Test',
      source: 'Test',
      kind: 'mitteilung',
      routing: { anliegensart: 'Test' },
      identityLevel: 'keine',
      uploads: { accept: ['application/pdf', 'image/jpeg', 'image/png'], maxFileBytes: 1_048_576, maxTotalBytes: 3_145_728 },
      locales: ['de', 'en'],
    },
    schema,
    flow: {
      id: 'test',
      initial: 'person',
      states: {
        person: { on: { NEXT: 'haushalt' } },
        haushalt: {
          always: { target: 'nachweise', guard: { type: 'when', params: { type: 'not', condition: { type: 'equals', path: '/person/kinder', value: true } } } },
          on: { NEXT: 'nachweise' },
        },
        nachweise: { meta: { view: 'evidence' }, on: { NEXT: 'zusammenfassung' } },
        zusammenfassung: { type: 'final', meta: { view: 'summary' } },
      } as FormDefinition['flow']['states'],
    },
    ui: {
      person: {
        type: 'VerticalLayout',
        elements: [
          { type: 'Control', scope: '#/properties/person/properties/vorname' },
          { type: 'Control', scope: '#/properties/person/properties/geburtsdatum' },
          { type: 'Control', scope: '#/properties/person/properties/kinder' },
          {
            type: 'Control',
            scope: '#/properties/person/properties/miete',
            options: { format: 'money', showWhen: { type: 'equals', path: '/person/kinder', value: true } },
          },
        ],
      },
      haushalt: {
        type: 'VerticalLayout',
        elements: [
          {
            type: 'Control',
            scope: '#/properties/haushalt/properties/personen',
            options: { detail: { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/vorname' }] } },
          },
        ],
      },
    },
    messages: { de, en },
    evidence: [{ id: 'immer', when: { type: 'always' }, documents: ['meldebescheinigung'], reason: 'evidence.immer' }],
    documentKinds: ['meldebescheinigung'],
    validators: compileStepValidators(schema),
  };
}
