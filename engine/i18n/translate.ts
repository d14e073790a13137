import type { FormDefinition } from '../definition/types';
import { lookupMessage } from './lookupMessage';

/**
 * The text of a key in the locale, falling back to German and then to the key itself (so a
 * missing text shows up as its key instead of as a blank). `{{name}}` variables are filled from
 * `params`; a variable without a param stays visible.
 *
 * @example
 * translate(definition, 'en', 'error.minLength', { limit: 2 }); // 'Enter at least 2 characters.'
 * translate(definition, 'en', 'no.such.key');                    // 'no.such.key'
 */
export function translate(
  definition: Pick<FormDefinition, 'messages'>,
  locale: string,
  key: string,
  params?: Readonly<Record<string, unknown>>,
): string {
  const text = lookupMessage(definition, locale, key) ?? key;
  if (params === undefined) return text;
  return text.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (variable, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? paramText(params[name]) : variable,
  );
}

function paramText(value: unknown): string {
  if (Array.isArray(value)) return value.map(paramText).join(', ');
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}
