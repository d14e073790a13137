import { describe, expect, it } from 'vitest';
import { createFormSession } from '../../../engine/session/createFormSession';
import { definition } from '../../fixtures/session/definition';
import { fakeRenderPdf } from '../../fixtures/session/startSession';

const adapters = { renderPdf: fakeRenderPdf().renderPdf };

describe('createFormSession', () => {
  it('returns a started session that is filling at once when drafts are off', () => {
    const session = createFormSession(definition, { today: '2026-03-10', locale: 'en', adapters });
    const { value, context } = session.getSnapshot();
    expect(value).toBe('filling');
    expect(context.locale).toBe('en');
    expect(context.draft).toEqual({ loaded: { status: 'none' }, save: { status: 'off' }, autosave: false });
    expect(context.identity).toEqual({ level: 'keine' });
  });

  it('throws for a locale the form does not have', () => {
    expect(() => createFormSession(definition, { today: '2026-03-10', locale: 'fr', adapters })).toThrow(
      'createFormSession: locale "fr" is not one of forms/umzugstest/form.json#/locales: de, en',
    );
  });

  it('throws for a today that is no ISO date', () => {
    expect(() => createFormSession(definition, { today: '10.03.2026', locale: 'de', adapters })).toThrow(
      'createFormSession: today "10.03.2026" is not a date YYYY-MM-DD',
    );
  });
});
