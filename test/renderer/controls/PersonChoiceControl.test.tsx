// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { computeValues } from '../../../engine/computed/computeValues';
import type { FormManifest } from '../../../engine/definition/types';
import { renderStep, settle } from '../support/renderStep';

afterEach(cleanup);

const manifest = {
  id: 'test',
  computed: [{ id: 'haushalt', function: 'haushalt', inputs: { antragsteller: '/person', personen: '/haushalt/personen' } }],
} as unknown as FormManifest;
const answers = {
  person: { vorname: 'Anna', nachname: 'Wolf', geburtsdatum: '1990-01-15' },
  haushalt: {
    personen: [
      { id: 'p1', vorname: 'Tom', nachname: 'Wolf', geburtsdatum: '1988-07-01', beziehung: 'partner-ehe' },
      { id: 'p3', vorname: 'Ben', geburtsdatum: '2017-05-01', beziehung: 'kind' },
    ],
  },
};
const flow = { answers, today: '2026-03-10', compute: (live: Record<string, unknown>) => computeValues(manifest, live, '2026-03-10') };
const schema = {
  type: 'object',
  properties: { gesundheit: { type: 'object', properties: { ernaehrung: { type: 'array', items: { type: 'string' }, uniqueItems: true } } } },
};
const uischema = { type: 'Control', scope: '#/properties/gesundheit/properties/ernaehrung', options: { choicesFrom: '/$computed/haushalt/personen' } };
const messages = { 'gesundheit.ernaehrung.label': 'Wer braucht eine besondere Ernährung?' };

describe('PersonChoiceControl', () => {
  it('offers one checkbox per person of the household, named, in a fieldset with the question', () => {
    renderStep({ schema, uischema: uischema as never, messages, flow });
    const group = screen.getByRole('group', { name: /^Wer braucht eine besondere Ernährung?/ });
    const boxes = Array.from(group.querySelectorAll('input[type="checkbox"]'));
    expect(boxes.map((box) => (box as HTMLInputElement).value)).toEqual(['p0', 'p1', 'p3']);
    expect(screen.getByLabelText('Anna Wolf')).toBeTruthy();
    expect(screen.getByLabelText('Tom Wolf')).toBeTruthy();
    expect(screen.getByLabelText('Ben')).toBeTruthy();
  });

  it('answers the chosen ids in household order and nothing once the last box is unticked', async () => {
    const changes: unknown[] = [];
    renderStep({ schema, uischema: uischema as never, messages, flow, onChange: (data) => changes.push(data) });
    fireEvent.click(screen.getByLabelText('Ben'));
    fireEvent.click(screen.getByLabelText('Anna Wolf'));
    await settle();
    expect(changes.at(-1)).toEqual({ gesundheit: { ernaehrung: ['p0', 'p3'] } });
    fireEvent.click(screen.getByLabelText('Ben'));
    fireEvent.click(screen.getByLabelText('Anna Wolf'));
    await settle();
    expect(changes.at(-1)).toEqual({ gesundheit: {} });
  });

  it('keeps a chosen person ticked by id when the household list changes around them', () => {
    const data = { gesundheit: { ernaehrung: ['p3'] } };
    const shorter = { ...answers, haushalt: { personen: [answers.haushalt.personen[1]] } };
    renderStep({ schema, uischema: uischema as never, messages, data, flow: { ...flow, answers: shorter } });
    expect((screen.getByLabelText('Ben') as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByLabelText('Tom Wolf')).toBeNull();
  });
});

describe('PersonChoiceControl with choicesWhere', () => {
  it('offers only the persons the condition holds for, read with ./ paths', () => {
    const bgOnly = { ...uischema, options: { ...uischema.options, choicesWhere: { type: 'compare', left: { path: './alter' }, op: '>=', right: { value: 15 } } } };
    renderStep({ schema, uischema: bgOnly as never, messages, flow });
    expect(screen.getByLabelText('Anna Wolf')).toBeTruthy();
    expect(screen.getByLabelText('Tom Wolf')).toBeTruthy();
    expect(screen.queryByLabelText('Ben')).toBeNull();
  });
});
