import i18next, { type i18n } from 'i18next';
import type { FormDefinition } from '../../engine/definition/types';

/**
 * An i18next instance holding every text of one form (the form's own texts merged over the
 * shared ones, as the definition carries them). Keys are flat (`umzug.datum.label`), so key and
 * namespace separators are off; parameters are written `{{name}}` like the engine's `translate`.
 * German is the fallback, as in `translate`. Each FormFlow gets its own instance, so two forms
 * on one page never share a language or texts.
 *
 * @example
 * const i18n = createI18n(definition, 'en');
 * i18n.t('ui.progress', { current: 2, total: 7 }); // 'Step 2 of 7'
 */
export function createI18n(definition: FormDefinition, locale: string): i18n {
  const resources = Object.fromEntries(
    Object.entries(definition.messages).map(([language, messages]) => [language, { translation: messages }]),
  );
  const instance = i18next.createInstance();
  // With resources inline and initAsync off, init finishes before it returns.
  void instance.init({
    resources,
    lng: locale,
    fallbackLng: 'de',
    keySeparator: false,
    nsSeparator: false,
    // React escapes text; escaping here as well would show &amp; to the citizen.
    interpolation: { escapeValue: false, prefix: '{{', suffix: '}}' },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
