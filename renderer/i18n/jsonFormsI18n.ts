import type { ErrorObject } from 'ajv';
import type { JsonFormsI18nState, Translator } from '@jsonforms/core';
import type { i18n } from 'i18next';

/**
 * The `i18n` prop for `<JsonForms>`, backed by the form's i18next instance.
 *
 * JSON Forms asks for keys that a form may not define (`<path>.description`, `<path>.error.custom`)
 * and relies on getting `undefined` back to fall back; i18next would return the key itself, so
 * missing keys are answered with JSON Forms' default message instead. Error texts are translated
 * by the session (issueMessage) before they reach JSON Forms, so `translateError` returns them
 * unchanged. `prefix` reads the texts of an Anlage instance's step (`EK:`, see withAnlagen).
 *
 * @example
 * <JsonForms i18n={jsonFormsI18n(i18n)} … />
 */
export function jsonFormsI18n(instance: i18n, prefix = ''): JsonFormsI18nState {
  // JSON Forms asks every mounted control for its texts on every keystroke; the answers only
  // change with the language, and a new state is made for each language (and Anlage prefix)
  const known = new Map<string, string | undefined>();
  const language = instance.language;
  const translate = ((id: string, defaultMessage?: string, values?: Record<string, unknown>) => {
    const key = `${prefix}${id}`;
    const params = plainValues(values);
    // most texts have no values: their key is the memo key, without serialising anything
    const memo = Object.keys(params).length === 0 ? key : `${key}\u0000${JSON.stringify(params)}`;
    if (instance.language !== language) known.clear();
    if (!known.has(memo)) known.set(memo, instance.exists(key) ? instance.t(key, params) : undefined);
    return known.get(memo) ?? defaultMessage;
  }) as Translator;
  return {
    locale: instance.language,
    translate,
    translateError: (error: ErrorObject) => error.message ?? '',
  };
}

/** JSON Forms passes schema and uischema objects as values; i18next only needs the scalars. */
function plainValues(values: Record<string, unknown> | undefined): Record<string, unknown> {
  if (values === undefined) return {};
  const plain: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string' || typeof value === 'number') plain[key] = value;
  }
  return plain;
}
