// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderStep, settle } from '../support/renderStep';

afterEach(cleanup);

const schema = {
  type: 'object',
  properties: { person: { type: 'object', properties: { geburtsdatum: { type: 'string', format: 'date-past' }, text: { type: 'string' } } } },
} as const;

describe('DateControl', () => {
  it('uses the native date input for date formats and stores YYYY-MM-DD', async () => {
    const changes: unknown[] = [];
    renderStep({
      schema,
      uischema: { type: 'Control', scope: '#/properties/person/properties/geburtsdatum' } as never,
      messages: { 'person.geburtsdatum.label': 'Geburtsdatum' },
      onChange: (data) => changes.push(data),
    });
    const input = screen.getByLabelText(/Geburtsdatum/) as HTMLInputElement;
    expect(input.type).toBe('date');
    expect(input.getAttribute('autocomplete')).toBe('bday');
    fireEvent.change(input, { target: { value: '1990-05-17' } });
    await settle();
    expect(changes.at(-1)).toEqual({ person: { geburtsdatum: '1990-05-17' } });
  });
});
