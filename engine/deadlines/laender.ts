import type { Land } from './types';

/**
 * The 16 Länder with their codes and German names, in the order of the codes' common listing.
 * A Widerspruch deadline depends on the Land because public holidays do (§ 64 Abs. 3 SGG).
 *
 * @example
 * laender.find((land) => land.code === 'BE')?.name; // 'Berlin'
 */
export const laender: readonly { readonly code: Land; readonly name: string }[] = [
  { code: 'BW', name: 'Baden-Württemberg' },
  { code: 'BY', name: 'Bayern' },
  { code: 'BE', name: 'Berlin' },
  { code: 'BB', name: 'Brandenburg' },
  { code: 'HB', name: 'Bremen' },
  { code: 'HH', name: 'Hamburg' },
  { code: 'HE', name: 'Hessen' },
  { code: 'MV', name: 'Mecklenburg-Vorpommern' },
  { code: 'NI', name: 'Niedersachsen' },
  { code: 'NW', name: 'Nordrhein-Westfalen' },
  { code: 'RP', name: 'Rheinland-Pfalz' },
  { code: 'SL', name: 'Saarland' },
  { code: 'SN', name: 'Sachsen' },
  { code: 'ST', name: 'Sachsen-Anhalt' },
  { code: 'SH', name: 'Schleswig-Holstein' },
  { code: 'TH', name: 'Thüringen' },
];

const codes: ReadonlySet<string> = new Set(laender.map((land) => land.code));

/**
 * True for one of the 16 Land codes (exact, upper case).
 *
 * @example
 * isLand('BY'); // true
 * isLand('by'); // false
 */
export function isLand(value: unknown): value is Land {
  return typeof value === 'string' && codes.has(value);
}
