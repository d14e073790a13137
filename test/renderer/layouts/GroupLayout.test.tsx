// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderStep } from '../support/renderStep';

afterEach(cleanup);

const schema = {
  type: 'object',
  properties: {
    umzug: {
      type: 'object',
      properties: {
        adresse: { type: 'object', properties: { plz: { type: 'string', format: 'plz' }, ort: { type: 'string' } } },
        neueMiete: { type: 'boolean' },
        miete: { type: 'number' },
      },
    },
  },
} as const;
const uischema = {
  type: 'VerticalLayout',
  elements: [
    {
      type: 'Group',
      label: 'umzug.adresse.label',
      elements: [
        {
          type: 'HorizontalLayout',
          elements: [
            { type: 'Control', scope: '#/properties/umzug/properties/adresse/properties/plz' },
            { type: 'Control', scope: '#/properties/umzug/properties/adresse/properties/ort' },
          ],
        },
      ],
    },
    { type: 'Label', text: 'umzug.text' },
    { type: 'Control', scope: '#/properties/umzug/properties/neueMiete' },
    {
      type: 'Control',
      scope: '#/properties/umzug/properties/miete',
      options: { format: 'money', showWhen: { type: 'equals', path: '/umzug/neueMiete', value: true } },
    },
  ],
};
const messages = {
  'umzug.adresse.label': 'Neue Adresse',
  'umzug.adresse.plz.label': 'Postleitzahl',
  'umzug.adresse.ort.label': 'Ort',
  'umzug.text': 'Erster Absatz.\nZweiter Absatz.',
  'umzug.neueMiete.label': 'Zahlen Sie eine neue Miete?',
  'umzug.miete.label': 'Miete',
  'ui.yes': 'Ja',
  'ui.no': 'Nein',
};

describe('layouts', () => {
  it('renders a Group as a fieldset whose legend is the translated label', () => {
    renderStep({ schema, uischema: uischema as never, messages });
    const group = screen.getByRole('group', { name: 'Neue Adresse' });
    expect(within(group).getByLabelText(/Postleitzahl/).getAttribute('autocomplete')).toBe('postal-code');
    expect(within(group).getByLabelText(/Ort/).closest('.ff-row')).not.toBeNull();
  });

  it('renders a Label element as paragraphs of its text', () => {
    renderStep({ schema, uischema: uischema as never, messages });
    expect(Array.from(document.querySelectorAll('.ff-text p')).map((p) => p.textContent)).toEqual(['Erster Absatz.', 'Zweiter Absatz.']);
  });

  it('mounts a control only while its showWhen condition holds', () => {
    renderStep({ schema, uischema: uischema as never, messages });
    expect(screen.queryByLabelText(/Miete/)).toBeNull();
    fireEvent.click(screen.getByLabelText('Ja'));
    expect(screen.getByLabelText(/^Miete/)).toBeTruthy();
  });
});
