import { describe, expect, it } from 'vitest';
import { stepFields } from '../../../engine/formDocs/stepFields';
import { umzugForm } from '../../fixtures/core/umzugForm';
import { miniForm } from '../graph/miniForm';

describe('stepFields', () => {
  it('lists the questions of a step in UI order with group labels, types and options', () => {
    expect(stepFields(umzugForm(), 'umzug', 'de')).toEqual([
      { pointer: '/umzug/datum', label: 'Datum des Umzugs', type: 'string, date', required: 'no', options: [] },
      { pointer: '/umzug/miete', label: 'Neue Miete', type: 'number, money', required: 'no', options: [] },
      {
        pointer: '/umzug/wohnform',
        label: 'Wohnform',
        type: 'string',
        required: 'no',
        options: [
          { value: 'miete', text: 'Mietwohnung' },
          { value: 'eigentum', text: 'Eigentum' },
        ],
      },
      { pointer: '/umzug/adresse/strasse', label: 'Neue Adresse › Straße und Hausnummer', type: 'string', required: 'no', options: [] },
      { pointer: '/umzug/adresse/plz', label: 'Neue Adresse › Postleitzahl', type: 'string, plz', required: 'no', options: [] },
    ]);
  });

  it('lists a list and the fields of its items, with showWhen in words', () => {
    expect(stepFields(miniForm(), 'kinder', 'en')).toEqual([
      { pointer: '/kinder/liste', label: 'Kinder', type: 'array of object', required: 'no', options: [] },
      { pointer: '/kinder/liste/*/name', label: 'Kinder › Name', type: 'string', required: 'yes', options: [] },
      {
        pointer: '/kinder/liste/*/alter',
        label: 'Kinder › Age',
        type: 'integer',
        required: 'no',
        options: [],
        shownWhen: '"Name" answered',
      },
    ]);
  });

  it('marks questions required only in a branch of the schema as conditional', () => {
    const form = umzugForm();
    const umzug = (form.schema['properties'] as Record<string, Record<string, unknown>>)['umzug'] ?? {};
    umzug['required'] = ['datum'];
    umzug['then'] = { required: ['miete'] };
    umzug['dependentRequired'] = { miete: ['wohnform'] };
    expect(stepFields(form, 'umzug').map((field) => `${field.pointer} ${field.required}`)).toEqual([
      '/umzug/datum yes',
      '/umzug/miete conditional',
      '/umzug/wohnform conditional',
      '/umzug/adresse/strasse no',
      '/umzug/adresse/plz no',
    ]);
  });

  it('has no questions for a step without a UI schema', () => {
    expect(stepFields(umzugForm(), 'nachweise')).toEqual([]);
  });

  it('names the file and JSON pointer of a scope that is no control scope', () => {
    const form = umzugForm();
    form.ui['umzug'] = { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/umzug' }] };
    expect(() => stepFields(form, 'umzug')).toThrow('ui/umzug.json#/elements/0/scope: "#/umzug" is no control scope');
  });
});
