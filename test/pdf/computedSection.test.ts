import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../engine/definition/types';
import { computedSection, contextSection } from '../../pdf/model/computedSection';

const definition = {
  messages: {
    de: {
      'ui.computed.title': 'Berechnete Angaben',
      'ui.yes': 'Ja',
      'ui.no': 'Nein',
      'computed.frist.deadline': 'Ende der Widerspruchsfrist',
      'computed.frist.late': 'Nach Fristende eingelegt',
      'computed.frist.basis': 'Rechtsgrundlagen',
    },
  },
} as unknown as FormDefinition;

describe('computedSection', () => {
  it('lists the labelled fields of computed values, readable, in the order of the value', () => {
    const section = computedSection(definition, {
      frist: { deemedNotification: '2025-03-14', deadline: '2025-04-14', late: false, basis: ['§ 84 Abs. 1 S. 1 SGG', '§ 64 Abs. 2 SGG'] },
    });
    expect(section).toEqual({
      title: 'Berechnete Angaben',
      rows: [
        { path: '/$computed/frist/deadline', label: 'Ende der Widerspruchsfrist', value: '14.04.2025', depth: 0 },
        { path: '/$computed/frist/late', label: 'Nach Fristende eingelegt', value: 'Nein', depth: 0 },
        { path: '/$computed/frist/basis', label: 'Rechtsgrundlagen', value: '§ 84 Abs. 1 S. 1 SGG, § 64 Abs. 2 SGG', depth: 0 },
      ],
    });
  });

  it('gives no section when nothing was computed or nothing is labelled', () => {
    expect(computedSection(definition, {})).toBeUndefined();
    expect(computedSection(definition, { other: { value: 1 } })).toBeUndefined();
  });
});

describe('contextSection', () => {
  const withContextTexts = {
    messages: { de: { ...definition.messages['de'], 'ui.context.title': 'Angaben des Portals', 'context.vorgang.referenz': 'Bezug: Vorgangsnummer', 'context.vorgang.eingereichtAm': 'Bezug: eingereicht am' } },
  } as unknown as FormDefinition;

  it('lists the labelled fields of what the portal handed over, and nothing without a context', () => {
    expect(contextSection(withContextTexts, { vorgang: { referenz: 'A1B2', eingereichtAm: '2026-06-01', offeneNachweise: [{ id: 'x' }] } })).toEqual({
      title: 'Angaben des Portals',
      rows: [
        { path: '/$context/vorgang/referenz', label: 'Bezug: Vorgangsnummer', value: 'A1B2', depth: 0 },
        { path: '/$context/vorgang/eingereichtAm', label: 'Bezug: eingereicht am', value: '01.06.2026', depth: 0 },
      ],
    });
    expect(contextSection(withContextTexts, undefined)).toBeUndefined();
  });
});
