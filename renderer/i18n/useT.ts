import { useTranslation } from 'react-i18next';

/** Translates a key of the form's texts; a missing key shows as the key, never as a blank. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * The translate function of the FormFlow's i18next instance (from `<I18nextProvider>`); the
 * component re-renders when the language changes.
 *
 * @example
 * const t = useT();
 * t('ui.progress', { current: 2, total: 7 }); // 'Schritt 2 von 7'
 */
export function useT(): Translate {
  const { t } = useTranslation();
  return t as unknown as Translate;
}
