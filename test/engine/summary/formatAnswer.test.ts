import { describe, expect, it } from 'vitest';
import { formatAnswer } from '../../../engine/summary/formatAnswer';
import { umzugForm } from '../../fixtures/core/umzugForm';

const form = umzugForm();
const nbsp = '\u00a0';

describe('formatAnswer', () => {
  it('writes money in euros for the locale', () => {
    const field = { key: 'umzug.miete', schema: { type: 'number' }, options: { format: 'money' } };
    expect(formatAnswer(form, 'de', field, 1234.5)).toBe(`1.234,50${nbsp}€`);
    expect(formatAnswer(form, 'en', field, 1234.5)).toBe('€1,234.50');
  });

  it('writes other numbers without digit grouping', () => {
    const field = { key: 'x.jahr', schema: { type: 'number' } };
    expect(formatAnswer(form, 'de', field, 2026)).toBe('2026');
    expect(formatAnswer(form, 'de', field, 3.5)).toBe('3,5');
    expect(formatAnswer(form, 'en', field, 3.5)).toBe('3.5');
  });

  it('writes dates the German way only in German', () => {
    for (const format of ['date', 'date-past', 'date-future']) {
      const field = { key: 'x.d', schema: { type: 'string', format } };
      expect(formatAnswer(form, 'de', field, '2026-03-10')).toBe('10.03.2026');
      expect(formatAnswer(form, 'en', field, '2026-03-10')).toBe('2026-03-10');
    }
    expect(formatAnswer(form, 'de', { key: 'x.t', schema: { type: 'string' } }, '2026-03-10')).toBe('2026-03-10');
  });

  it('shows a value outside the enum as it is', () => {
    const field = { key: 'umzug.wohnform', schema: { type: 'string', enum: ['miete', 'eigentum'] } };
    expect(formatAnswer(form, 'de', field, 'eigentum')).toBe('Eigentum');
    expect(formatAnswer(form, 'de', field, 'zelt')).toBe('zelt');
  });

  it('joins arrays with commas', () => {
    const field = { key: 'auswahl.aenderungen', schema: { type: 'array', items: { enum: ['umzug', 'einkommen'] } } };
    expect(formatAnswer(form, 'de', field, ['einkommen', 'umzug'])).toBe('Einkommen, Umzug');
    expect(formatAnswer(form, 'de', { key: 'x.tags', schema: { type: 'array' } }, ['a', true])).toBe('a, Ja');
  });
});
