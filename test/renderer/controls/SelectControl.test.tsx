// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { control, messages, schema } from '../support/choiceStep';
import { renderStep, settle } from '../support/renderStep';

afterEach(cleanup);

describe('SelectControl', () => {
  it('shows an enum of more than six values as a select with an empty first entry', async () => {
    const changes: unknown[] = [];
    renderStep({ schema, uischema: control('leistung') as never, messages, onChange: (data) => changes.push(data) });
    const select = screen.getByRole('combobox', { name: /Welche Leistung\?/ }) as HTMLSelectElement;
    expect(Array.from(select.options).map((option) => option.textContent).slice(0, 3)).toEqual(['Bitte wählen', 'Rente', 'b']);
    fireEvent.change(select, { target: { value: 'a' } });
    await settle();
    expect(changes.at(-1)).toEqual({ s: { leistung: 'a' } });
  });

  it('follows format "radio" even for a long enum', () => {
    renderStep({ schema, uischema: control('leistung', { format: 'radio' }) as never, messages });
    expect(screen.getAllByRole('radio')).toHaveLength(7);
  });
});
