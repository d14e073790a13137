import type { FormDefinition } from '../definition/types';

/**
 * The raw text of a key in the locale, else in German (the source language), else undefined.
 * Only own keys count, so a key like "constructor" never finds Object.prototype.
 *
 * @example
 * lookupMessage(definition, 'en', 'steps.umzug.title'); // 'Move'
 */
export function lookupMessage(definition: Pick<FormDefinition, 'messages'>, locale: string, key: string): string | undefined {
  return own(own(definition.messages, locale), key) ?? own(own(definition.messages, 'de'), key);
}

function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
