import { describe, expect, it } from 'vitest';
import { issueMessage } from '../../../engine/i18n/issueMessage';
import { umzugForm } from '../../fixtures/core/umzugForm';

const form = umzugForm();

describe('issueMessage', () => {
  it('prefers the field text for the code', () => {
    expect(issueMessage(form, 'de', { code: 'required', path: '/person/vorname', params: {} })).toBe(
      'Bitte geben Sie Ihren Vornamen ein.',
    );
  });

  it('shares a field text between all items of a list', () => {
    expect(issueMessage(form, 'de', { code: 'required', path: '/haushalt/personen/2/name', params: {} })).toBe(
      'Bitte geben Sie den Namen der Person ein.',
    );
  });

  it('falls back to the generic text of the code, with params filled in', () => {
    expect(issueMessage(form, 'en', { code: 'minItems', path: '/auswahl/aenderungen', params: { limit: 1 } })).toBe(
      'Please choose at least 1.',
    );
  });

  it('uses error.format.<format> for format errors', () => {
    expect(issueMessage(form, 'de', { code: 'format', path: '/umzug/adresse/plz', params: { format: 'plz' } })).toBe(
      'Bitte geben Sie eine Postleitzahl mit fünf Ziffern ein.',
    );
  });

  it('finds the field text of a required issue reported at the parent object', () => {
    expect(
      issueMessage(form, 'de', { code: 'required', path: '/person', params: { missingProperty: 'vorname' } }),
    ).toBe('Bitte geben Sie Ihren Vornamen ein.');
  });

  it('shows the generic key when no text exists at all', () => {
    expect(issueMessage(form, 'de', { code: 'uniqueItems', path: '/auswahl/aenderungen', params: {} })).toBe(
      'error.uniqueItems',
    );
  });
});
