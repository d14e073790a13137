// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { errorAt, renderStep, settle } from '../support/renderStep';

afterEach(cleanup);

const schema = {
  type: 'object',
  properties: {
    wechsel: {
      type: 'object',
      properties: {
        personen: {
          type: 'array',
          maxItems: 2,
          items: {
            type: 'object',
            properties: { vorname: { type: 'string' }, beziehung: { type: 'string', enum: ['partner', 'kind'] }, alter: { type: 'integer' } },
            required: ['vorname'],
          },
        },
      },
    },
  },
} as const;
const uischema = {
  type: 'Control',
  scope: '#/properties/wechsel/properties/personen',
  options: {
    detail: {
      type: 'VerticalLayout',
      elements: [
        { type: 'Control', scope: '#/properties/vorname' },
        { type: 'Control', scope: '#/properties/beziehung' },
        // ./ paths point into the item
        { type: 'Control', scope: '#/properties/alter', options: { showWhen: { type: 'equals', path: './beziehung', value: 'kind' } } },
      ],
    },
  },
};
const messages = {
  'wechsel.personen.label': 'Wer zieht ein?',
  'wechsel.personen.item': 'Person {{number}}',
  'wechsel.personen.vorname.label': 'Vorname',
  'wechsel.personen.beziehung.label': 'Beziehung',
  'wechsel.personen.beziehung.options.partner': 'Partner',
  'wechsel.personen.beziehung.options.kind': 'Kind',
  'wechsel.personen.alter.label': 'Alter',
  'ui.list.add': 'Weitere hinzufügen',
};

describe('ListControl', () => {
  it('adds an item as a fieldset "Person 1" and moves focus into its first field', async () => {
    const changes: unknown[] = [];
    renderStep({ schema, uischema: uischema as never, messages, onChange: (data) => changes.push(data) });
    fireEvent.click(screen.getByRole('button', { name: 'Hinzufügen' }));
    expect(screen.getByRole('group', { name: 'Person 1' })).toBeTruthy();
    const first = screen.getByLabelText('Vorname');
    expect(first.id).toBe('ff-wechsel-personen-0-vorname');
    expect(document.activeElement).toBe(first);
    fireEvent.change(first, { target: { value: 'Max' } });
    await settle();
    expect(changes.at(-1)).toEqual({ wechsel: { personen: [{ vorname: 'Max' }] } });
  });

  it('offers "Weitere hinzufügen" below items and no add button once maxItems is reached', () => {
    renderStep({ schema, uischema: uischema as never, messages, data: { wechsel: { personen: [{ vorname: 'A' }] } } });
    fireEvent.click(screen.getByRole('button', { name: 'Weitere hinzufügen' }));
    expect(screen.getAllByRole('group', { name: /Person \d/ })).toHaveLength(2);
    expect(screen.queryByRole('button', { name: /hinzufügen/i })).toBeNull();
  });

  it('removes an item and moves focus to the previous item, or to the add button when none is left', async () => {
    const changes: unknown[] = [];
    renderStep({
      schema,
      uischema: uischema as never,
      messages,
      data: { wechsel: { personen: [{ vorname: 'A' }, { vorname: 'B' }] } },
      onChange: (data) => changes.push(data),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Entfernen Person 2' }));
    await settle();
    expect(changes.at(-1)).toEqual({ wechsel: { personen: [{ vorname: 'A' }] } });
    expect(document.activeElement?.textContent).toBe('Person 1');
    fireEvent.click(screen.getByRole('button', { name: 'Entfernen Person 1' }));
    await settle();
    expect(changes.at(-1)).toEqual({ wechsel: { personen: [] } });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Hinzufügen' }));
  });

  it('evaluates ./ paths of showWhen against the item they are in', () => {
    renderStep({ schema, uischema: uischema as never, messages, data: { wechsel: { personen: [{ beziehung: 'partner' }, { beziehung: 'kind' }] } } });
    expect(screen.getAllByLabelText(/Alter/).map((input) => input.id)).toEqual(['ff-wechsel-personen-1-alter']);
  });

  it('shows an error of the list itself and lets the summary link reach the add button', () => {
    renderStep({ schema, uischema: uischema as never, messages, errors: [errorAt('/wechsel/personen', 'Bitte geben Sie mindestens eine Person an.')] });
    expect(document.getElementById('ff-wechsel-personen-error')?.textContent).toBe('Bitte geben Sie mindestens eine Person an.');
    expect(document.getElementById('ff-wechsel-personen')?.textContent).toBe('Hinzufügen');
  });

  it('shows an error of an item field next to that field', () => {
    renderStep({
      schema,
      uischema: uischema as never,
      messages,
      data: { wechsel: { personen: [{ vorname: 'A' }, {}] } },
      errors: [errorAt('/wechsel/personen/1/vorname', 'Bitte beantworten Sie diese Frage.')],
    });
    expect(document.getElementById('ff-wechsel-personen-1-vorname')?.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('ff-wechsel-personen-0-vorname')?.getAttribute('aria-invalid')).toBeNull();
  });
});

describe('ListControl with person ids', () => {
  const withIds = {
    type: 'object',
    properties: {
      haushalt: {
        type: 'object',
        properties: {
          personen: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, vorname: { type: 'string' } } } },
        },
      },
    },
  };
  const ui = {
    type: 'Control',
    scope: '#/properties/haushalt/properties/personen',
    options: { detail: { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/vorname' }] } },
  };

  it('gives an added person an id above every id in the list and in the Anlagen answers', async () => {
    const changes: unknown[] = [];
    const data = { haushalt: { personen: [{ id: 'p1', vorname: 'Tom' }] } };
    // p4 left the household earlier; his Anlage EK answers are still in the draft
    const flow = { answers: { ...data, anlagen: { EK: { p0: {}, p4: {} } } }, today: '2026-03-10' };
    renderStep({ schema: withIds, uischema: ui as never, messages: { 'ui.list.add': 'Weitere Person' }, data, flow, onChange: (next) => changes.push(next) });
    fireEvent.click(screen.getByRole('button', { name: 'Weitere Person' }));
    await settle();
    expect(changes.at(-1)).toEqual({ haushalt: { personen: [{ id: 'p1', vorname: 'Tom' }, { id: 'p5' }] } });
  });
});
