// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { control, messages, schema } from '../support/choiceStep';
import { errorAt, renderStep, settle } from '../support/renderStep';

afterEach(cleanup);

describe('CheckboxesControl', () => {
  it('keeps the enum order and removes the answer when the last box is unticked', async () => {
    const changes: unknown[] = [];
    renderStep({ schema, uischema: control('aenderungen') as never, messages, onChange: (data) => changes.push(data) });
    const group = screen.getByRole('group', { name: 'Was hat sich geändert?' });
    fireEvent.click(within(group).getByLabelText('Geburt'));
    await settle();
    fireEvent.click(within(group).getByLabelText('Umzug'));
    await settle();
    expect(changes.at(-1)).toEqual({ s: { aenderungen: ['umzug', 'geburt'] } });
    fireEvent.click(within(group).getByLabelText('Umzug'));
    fireEvent.click(within(group).getByLabelText('Geburt'));
    await settle();
    expect(changes.at(-1)).toEqual({ s: {} });
  });

  it('marks each box invalid when the question has an error', () => {
    renderStep({ schema, uischema: control('aenderungen') as never, messages, errors: [errorAt('/s/aenderungen', 'Bitte wählen Sie etwas aus.')] });
    expect(screen.getAllByRole('checkbox').map((box) => box.getAttribute('aria-invalid'))).toEqual(['true', 'true', 'true']);
  });
});
