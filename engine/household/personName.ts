import { isRecord } from '../util/isRecord';

/**
 * The name of a person item for people to read: `vorname nachname` as far as given, else a
 * `name` or `person` field (an item that carries a name it got from elsewhere); undefined when
 * the item names no one.
 *
 * @example
 * personName({ id: 'p1', vorname: 'Julia', nachname: 'Fischer' }); // 'Julia Fischer'
 * personName({ document: 'lohnabrechnung', person: 'Julia Fischer' }); // 'Julia Fischer'
 */
export function personName(item: unknown): string | undefined {
  if (!isRecord(item)) return undefined;
  const parts = [item['vorname'], item['nachname']].filter((part): part is string => typeof part === 'string' && part !== '');
  if (parts.length > 0) return parts.join(' ');
  for (const key of ['name', 'person']) {
    const value = item[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}
