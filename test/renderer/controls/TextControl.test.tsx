// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { errorAt, renderStep, settle } from '../support/renderStep';

afterEach(cleanup);

const schema = {
  type: 'object',
  properties: {
    person: {
      type: 'object',
      properties: { vorname: { type: 'string' }, telefon: { type: 'string', format: 'phone' } },
      required: ['vorname'],
    },
  },
} as const;
const uischema = {
  type: 'VerticalLayout',
  elements: [
    { type: 'Control', scope: '#/properties/person/properties/vorname' },
    { type: 'Control', scope: '#/properties/person/properties/telefon' },
  ],
};
const messages = {
  'person.vorname.label': 'Vorname',
  'person.vorname.hint': 'Wie im Ausweis',
  'person.vorname.help': 'Alle Vornamen, durch Leerzeichen getrennt.',
  'person.telefon.label': 'Telefon',
};

describe('TextControl', () => {
  it('labels the input with a real label and links the hint through aria-describedby', () => {
    renderStep({ schema, uischema: uischema as never, messages });
    const input = screen.getByLabelText('Vorname');
    expect(input.id).toBe('ff-person-vorname');
    expect(input.getAttribute('aria-describedby')).toBe('ff-person-vorname-hint');
    expect(document.getElementById('ff-person-vorname-hint')?.textContent).toBe('Wie im Ausweis');
    expect(input.getAttribute('aria-required')).toBe('true');
    expect(input.getAttribute('autocomplete')).toBe('given-name');
  });

  it('puts the help text behind a "Hilfe" disclosure', () => {
    renderStep({ schema, uischema: uischema as never, messages });
    const details = screen.getByText('Hilfe').closest('details');
    expect(details?.textContent).toBe('HilfeAlle Vornamen, durch Leerzeichen getrennt.');
    expect(details?.open).toBe(false);
  });

  it('marks an optional question in words and gives a phone number the tel type', () => {
    renderStep({ schema, uischema: uischema as never, messages });
    const input = screen.getByLabelText('Telefon optional');
    expect(input.getAttribute('type')).toBe('tel');
    expect(input.getAttribute('aria-required')).toBeNull();
  });

  it('shows an error next to the field, linked and marked invalid', () => {
    renderStep({ schema, uischema: uischema as never, messages, errors: [errorAt('/person/vorname', 'Bitte geben Sie Ihren Vornamen an.')] });
    const input = screen.getByLabelText('Vorname');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('ff-person-vorname-hint ff-person-vorname-error');
    expect(document.getElementById('ff-person-vorname-error')?.textContent).toBe('Bitte geben Sie Ihren Vornamen an.');
    expect(input.className).toContain('kern-form-input__input--error');
  });

  it('stores what is typed and removes the answer when the field is emptied', async () => {
    const changes: unknown[] = [];
    renderStep({ schema, uischema: uischema as never, messages, onChange: (data) => changes.push(data) });
    fireEvent.change(screen.getByLabelText('Vorname'), { target: { value: 'Erika' } });
    await settle();
    expect(changes.at(-1)).toEqual({ person: { vorname: 'Erika' } });
    fireEvent.change(screen.getByLabelText('Vorname'), { target: { value: '' } });
    await settle();
    expect(changes.at(-1)).toEqual({ person: {} });
  });

  it('is disabled when the form is read-only', () => {
    renderStep({ schema, uischema: uischema as never, messages, readonly: true, data: { person: { vorname: 'Erika' } } });
    const input = screen.getByLabelText('Vorname') as HTMLInputElement;
    expect(input.disabled).toBe(true);
    expect(input.value).toBe('Erika');
  });
});
