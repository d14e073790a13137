// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderStep, settle } from '../support/renderStep';

afterEach(cleanup);

const schema = { type: 'object', properties: { umzug: { type: 'object', properties: { miete: { type: 'number' } }, required: ['miete'] } } } as const;
const uischema = { type: 'Control', scope: '#/properties/umzug/properties/miete', options: { format: 'money' } };
const messages = { 'umzug.miete.label': 'Grundmiete', 'ui.money.currency': 'Euro' };

describe('MoneyControl', () => {
  it('stores "1.234,50" as the number 1234.5 and tidies the text when leaving the field', async () => {
    const changes: unknown[] = [];
    renderStep({ schema, uischema: uischema as never, messages, onChange: (data) => changes.push(data) });
    const input = screen.getByLabelText('Grundmiete') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '1.234,50' } });
    await settle();
    expect(changes.at(-1)).toEqual({ umzug: { miete: 1234.5 } });
    fireEvent.change(input, { target: { value: '1234,5' } });
    fireEvent.blur(input);
    expect(input.value).toBe('1.234,50');
  });

  it('keeps text that is no amount, so the validator reports it and the citizen sees it', async () => {
    const changes: unknown[] = [];
    renderStep({ schema, uischema: uischema as never, messages, onChange: (data) => changes.push(data) });
    fireEvent.change(screen.getByLabelText('Grundmiete'), { target: { value: 'zwölf' } });
    await settle();
    expect(changes.at(-1)).toEqual({ umzug: { miete: 'zwölf' } });
  });

  it('shows a stored amount in German and describes the input with its currency', () => {
    renderStep({ schema, uischema: uischema as never, messages, data: { umzug: { miete: 450 } } });
    const input = screen.getByLabelText('Grundmiete') as HTMLInputElement;
    expect(input.value).toBe('450,00');
    expect(input.getAttribute('inputmode')).toBe('decimal');
    expect(input.getAttribute('aria-describedby')).toBe('ff-umzug-miete-unit');
    expect(document.getElementById('ff-umzug-miete-unit')?.textContent).toBe('€Euro');
  });

  it('reads English amounts in English', async () => {
    const changes: unknown[] = [];
    renderStep({ schema, uischema: uischema as never, messages, locale: 'en', onChange: (data) => changes.push(data) });
    fireEvent.change(screen.getByLabelText('Grundmiete'), { target: { value: '1,234.50' } });
    await settle();
    expect(changes.at(-1)).toEqual({ umzug: { miete: 1234.5 } });
  });
});
