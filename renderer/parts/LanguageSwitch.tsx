import { type ReactNode, useId } from 'react';
import type { Translate } from '../i18n/useT';

export interface LanguageSwitchProps {
  locales: readonly string[];
  locale: string;
  onChange: (locale: string) => void;
  t: Translate;
}

/**
 * Choosing the language: a native select labelled "Sprache"; each language is named in itself
 * (`ui.languageName.<locale>`: "Deutsch", "English") and marked with its `lang`, so a screen
 * reader pronounces each name correctly.
 *
 * @example
 * <LanguageSwitch locales={['de', 'en']} locale="de" onChange={setLocale} t={t} />
 */
export function LanguageSwitch({ locales, locale, onChange, t }: LanguageSwitchProps): ReactNode {
  const id = useId();
  if (locales.length < 2) return null;
  return (
    <div className="kern-form-input ff-language">
      <label className="kern-label kern-label--small" htmlFor={id}>
        {t('ui.language')}
      </label>
      <div className="kern-form-input__select-wrapper">
        <select id={id} className="kern-form-input__select" value={locale} onChange={(event) => onChange(event.target.value)}>
          {locales.map((option) => (
            <option key={option} value={option} lang={option}>
              {t(`ui.languageName.${option}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
