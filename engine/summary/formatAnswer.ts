import type { FormDefinition, JsonSchema } from '../definition/types';
import { translate } from '../i18n/translate';
import { deepEqual } from '../util/deepEqual';
import { formatGermanDate, parseIsoDate } from '../util/dates';
import { isRecord } from '../util/isRecord';

/** What formatAnswer needs to know about the question an answer belongs to. */
export interface AnswerField {
  /** i18n key prefix of the field: `fieldKey` of its pointer (`umzug.neueAdresse.plz`) */
  key: string;
  /** the field's JSON Schema, `$ref` resolved */
  schema: JsonSchema;
  /** the UI control's options, e.g. `{ format: 'money' }` */
  options?: Readonly<Record<string, unknown>>;
}

const dateFormats = ['date', 'date-past', 'date-future'];

// Intl formatters are costly to build and the summary formats many values
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * An answer as people read it: booleans as the shared texts `ui.yes`/`ui.no` (Ja/Nein), dates
 * (schema format date, date-past, date-future) as 10.03.2026 in German and unchanged ISO
 * (2026-03-10) elsewhere, amounts with `options.format: "money"` in euros for the locale
 * (`1.234,50 €`, `€1,234.50`; German puts a no-break space before the sign), enum values by
 * their text `<key>.options.<value>`, arrays of values joined with ", ". Values that do not fit
 * the schema (an invalid draft) are shown as they are: a summary never throws on answers.
 *
 * @example
 * formatAnswer(definition, 'de', { key: 'umzug.miete', schema: { type: 'number' }, options: { format: 'money' } }, 1234.5);
 * // '1.234,50 €'
 */
export function formatAnswer(
  definition: Pick<FormDefinition, 'messages'>,
  locale: string,
  field: AnswerField,
  value: unknown,
): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) {
    const items = isRecord(field.schema['items']) ? field.schema['items'] : {};
    return value.map((item: unknown) => formatAnswer(definition, locale, { ...field, schema: items }, item)).join(', ');
  }
  const options = Array.isArray(field.schema['enum']) ? (field.schema['enum'] as unknown[]) : undefined;
  if (options !== undefined && options.some((option) => deepEqual(option, value)) && isKeyPart(value)) {
    return translate(definition, locale, `${field.key}.options.${String(value)}`);
  }
  switch (typeof value) {
    case 'boolean':
      return translate(definition, locale, value ? 'ui.yes' : 'ui.no');
    case 'number':
      return field.options?.['format'] === 'money' ? money(locale, value) : plainNumber(locale, value);
    case 'string':
      return isDate(field.schema) && parseIsoDate(value) && isGerman(locale) ? formatGermanDate(value) : value;
    default:
      // an object where a single value belongs: shown as data rather than dropped
      return JSON.stringify(value);
  }
}

function money(locale: string, value: number): string {
  return formatter(locale, { style: 'currency', currency: 'EUR' }).format(value);
}

// No digit grouping: numbers in forms are often years, counts or house numbers (2026, not 2.026)
function plainNumber(locale: string, value: number): string {
  return formatter(locale, { useGrouping: false, maximumFractionDigits: 20 }).format(value);
}

function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const cacheKey = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(cacheKey);
  if (!cached) {
    cached = new Intl.NumberFormat(locale, options);
    formatters.set(cacheKey, cached);
  }
  return cached;
}

function isDate(schema: JsonSchema): boolean {
  return typeof schema['format'] === 'string' && dateFormats.includes(schema['format']);
}

function isGerman(locale: string): boolean {
  return locale === 'de' || locale.startsWith('de-');
}

function isKeyPart(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
