// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderStep } from '../support/renderStep';

afterEach(cleanup);

const schema = {
  type: 'object',
  properties: { person: { type: 'object', properties: { geburtsdatum: { type: 'string', format: 'date-past' }, text: { type: 'string' } } } },
} as const;

describe('TextareaControl', () => {
  it('renders format "textarea" as a labelled multi-line field', () => {
    renderStep({
      schema,
      uischema: { type: 'Control', scope: '#/properties/person/properties/text', options: { format: 'textarea' } } as never,
      messages: { 'person.text.label': 'Was hat sich geändert?' },
    });
    expect(screen.getByLabelText(/Was hat sich geändert\?/).tagName).toBe('TEXTAREA');
  });
});
