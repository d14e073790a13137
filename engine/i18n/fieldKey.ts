import { parsePointer } from '../util/pointer';

/**
 * The i18n key prefix of an answer: its JSON pointer with the array indices left out and dots
 * between the names, so every item of a list shares the texts of the list's fields.
 *
 * @example
 * fieldKey('/umzug/neueAdresse/plz'); // 'umzug.neueAdresse.plz'
 * fieldKey('/x/personen/2/name');     // 'x.personen.name'
 */
export function fieldKey(pointer: string): string {
  return parsePointer(pointer)
    .filter((token) => !/^\d+$/.test(token))
    .join('.');
}
