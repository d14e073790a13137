import { describe, expect, it } from 'vitest';
import { translate } from '../../../engine/i18n/translate';

const definition = {
  messages: {
    de: { 'a.label': 'Vorname', 'error.minLength': 'Mindestens {{limit}} Zeichen, {{ limit }} wirklich.', 'nur.de': 'Nur deutsch' },
    en: { 'a.label': 'First name', 'error.minLength': 'At least {{limit}} characters; {{missing}} stays.' },
  },
};

describe('translate', () => {
  it('takes the text of the locale', () => {
    expect(translate(definition, 'en', 'a.label')).toBe('First name');
  });

  it('falls back to German, then to the key', () => {
    expect(translate(definition, 'en', 'nur.de')).toBe('Nur deutsch');
    expect(translate(definition, 'fr', 'a.label')).toBe('Vorname');
    expect(translate(definition, 'en', 'kein.text')).toBe('kein.text');
    expect(translate(definition, 'en', 'constructor')).toBe('constructor');
  });

  it('fills {{name}} variables from params and leaves unknown ones visible', () => {
    expect(translate(definition, 'de', 'error.minLength', { limit: 2 })).toBe('Mindestens 2 Zeichen, 2 wirklich.');
    expect(translate(definition, 'en', 'error.minLength', { limit: 2 })).toBe('At least 2 characters; {{missing}} stays.');
  });
});
