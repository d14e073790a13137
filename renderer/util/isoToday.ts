/**
 * Today's date in the browser's time zone as `YYYY-MM-DD` — the citizen's calendar day, not UTC's.
 *
 * @example
 * isoToday(new Date(2026, 2, 10, 23, 30)); // '2026-03-10'
 */
export function isoToday(now: Date = new Date()): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
