// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { control, messages, schema } from '../support/choiceStep';
import { renderStep, settle } from '../support/renderStep';

afterEach(cleanup);

describe('YesNoControl', () => {
  it('asks a boolean question as two radios in a fieldset and stores true or false', async () => {
    const changes: unknown[] = [];
    renderStep({ schema, uischema: control('miete') as never, messages, onChange: (data) => changes.push(data) });
    const group = screen.getByRole('group', { name: 'Ändert sich die Miete?' });
    expect(within(group).getAllByRole('radio').map((radio) => radio.id)).toEqual(['ff-s-miete', 'ff-s-miete-1']);
    fireEvent.click(within(group).getByLabelText('Nein'));
    await settle();
    expect(changes.at(-1)).toEqual({ s: { miete: false } });
  });
});
