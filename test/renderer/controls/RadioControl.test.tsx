// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { control, messages, schema } from '../support/choiceStep';
import { errorAt, renderStep } from '../support/renderStep';

afterEach(cleanup);

describe('RadioControl', () => {
  it('shows a short enum as radios with option texts and the hint on the fieldset', () => {
    renderStep({ schema, uischema: control('art') as never, messages, errors: [errorAt('/s/art', 'Bitte wählen Sie.')] });
    const group = screen.getByRole('group', { name: 'Was ist passiert?' });
    expect(group.getAttribute('aria-describedby')).toBe('ff-s-art-hint ff-s-art-error');
    expect(within(group).getAllByRole('radio').map((radio) => radio.nextSibling?.textContent)).toEqual(['Jemand zieht ein', 'Jemand zieht aus']);
    expect(document.getElementById('ff-s-art-error')?.textContent).toBe('Bitte wählen Sie.');
  });

  it('follows format "select" even for a short enum', () => {
    renderStep({ schema, uischema: control('art', { format: 'select' }) as never, messages });
    expect(screen.getByRole('combobox', { name: 'Was ist passiert?' })).toBeTruthy();
  });
});
