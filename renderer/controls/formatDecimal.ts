/**
 * Shows a stored number the way the locale writes it; money always with two decimals.
 * Anything that is not a number (a half-typed value kept as text) is shown unchanged.
 *
 * @example
 * formatDecimal(1234.5, 'de', true);  // '1.234,50'
 * formatDecimal(3, 'en', false);      // '3'
 */
export function formatDecimal(value: unknown, locale: string, money: boolean): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  const language = locale.startsWith('de') ? 'de-DE' : locale;
  return new Intl.NumberFormat(language, money ? { minimumFractionDigits: 2, maximumFractionDigits: 2 } : { maximumFractionDigits: 10 }).format(value);
}
