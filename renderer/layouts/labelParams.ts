import { formatGermanDate } from '../../engine/util/dates';
import { getAt } from '../../engine/util/pointer';

/**
 * The values a Label's text shows (`options.params`: name → JSON pointer, e.g.
 * `{ "deadline": "/$computed/frist/deadline" }`), read from the answers as conditions see them
 * and made readable: ISO dates as 14.04.2025 and numbers as 55.000 in German; absent values as an
 * empty string.
 *
 * @example
 * labelParams({ deadline: '/$computed/frist/deadline' }, { $computed: { frist: { deadline: '2025-04-14' } } }, 'de');
 * // { deadline: '14.04.2025' }
 */
export function labelParams(params: unknown, answers: Record<string, unknown>, locale: string): Record<string, string> | undefined {
  if (typeof params !== 'object' || params === null) return undefined;
  return Object.fromEntries(
    Object.entries(params as Record<string, unknown>).map(([name, path]) => [name, typeof path === 'string' ? readable(getAt(answers, path), locale) : '']),
  );
}

function readable(value: unknown, locale: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB').format(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return locale === 'de' ? formatGermanDate(value) : value;
  return String(value);
}
