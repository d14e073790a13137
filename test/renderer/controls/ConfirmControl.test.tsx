// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { control, messages, schema } from '../support/choiceStep';
import { renderStep, settle } from '../support/renderStep';

afterEach(cleanup);

describe('ConfirmControl', () => {
  it('asks for a const-true statement with one checkbox and unsets it when unticked', async () => {
    const changes: unknown[] = [];
    renderStep({ schema, uischema: control('wahr') as never, messages, onChange: (data) => changes.push(data) });
    const box = screen.getByRole('checkbox', { name: 'Ich versichere, dass alles stimmt.' });
    fireEvent.click(box);
    await settle();
    expect(changes.at(-1)).toEqual({ s: { wahr: true } });
    fireEvent.click(box);
    await settle();
    expect(changes.at(-1)).toEqual({ s: {} });
  });
});
