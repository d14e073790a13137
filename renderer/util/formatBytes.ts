/**
 * A file size for people: `10 MB`, `512 kB`. Binary multiples (1 MB = 1,048,576 bytes), because
 * limits are set that way (10485760) and operating systems show sizes that way.
 *
 * @example
 * formatBytes(10_485_760, 'de'); // '10 MB'
 * formatBytes(2_048, 'en');      // '2 kB'
 */
export function formatBytes(bytes: number, locale: string): string {
  const language = locale.startsWith('de') ? 'de-DE' : locale;
  const [value, unit] =
    bytes >= 1_048_576 ? [bytes / 1_048_576, 'megabyte'] : bytes >= 1_024 ? [bytes / 1_024, 'kilobyte'] : [bytes, 'byte'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}
