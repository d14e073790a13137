import { useJsonForms } from '@jsonforms/react';
import { useCallback } from 'react';

/** Translates a key, or gives undefined when the form has no text for it. */
export type OptionalTranslate = (key: string, params?: Record<string, unknown>) => string | undefined;

/**
 * The translate function of the surrounding `<JsonForms i18n>`: undefined for a missing key,
 * so optional texts (hint, help) simply do not render.
 *
 * @example
 * const t = useTranslate();
 * const hint = t(`${i18nKeyPrefix}.hint`);
 */
export function useTranslate(): OptionalTranslate {
  const translate = useJsonForms().i18n?.translate;
  return useCallback<OptionalTranslate>(
    (key, params) => (translate === undefined ? undefined : translate(key, undefined, params)),
    [translate],
  );
}
