import type { JsonSchema } from '@jsonforms/core';
import type { OptionalTranslate } from './useTranslate';

export interface EnumOption {
  value: string;
  label: string;
}

/**
 * The choices of an enum (for an array: of its items), each with its text
 * `<fieldKey>.options.<value>`. A value without a text shows as itself, so a missing text is
 * visible rather than blank (`formflow lint` reports it).
 *
 * @example
 * enumOptions({ enum: ['einzug', 'auszug'] }, 'personenwechsel.art', t);
 * // [{ value: 'einzug', label: 'Jemand ist eingezogen' }, …]
 */
export function enumOptions(schema: JsonSchema, i18nKeyPrefix: string, t: OptionalTranslate): EnumOption[] {
  const items = schema.type === 'array' && isSchema(schema.items) ? schema.items : schema;
  const values = Array.isArray(items.enum) ? items.enum : [];
  return values.map((value) => {
    const text = String(value);
    return { value: text, label: t(`${i18nKeyPrefix}.options.${text}`) ?? text };
  });
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
