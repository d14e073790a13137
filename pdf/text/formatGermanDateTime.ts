const formatter = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * Formats an ISO timestamp as German date and time in Europe/Berlin, the jobcenters' zone,
 * whatever zone the machine making the PDF runs in. Built from parts so the result does not
 * depend on the ICU version's punctuation.
 *
 * @example
 * formatGermanDateTime('2026-03-10T13:05:00Z') // → '10.03.2026, 14:05 Uhr'
 */
export function formatGermanDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    throw new Error(`formatGermanDateTime: "${iso}" is not an ISO timestamp; pass metadata.submittedAt as e.g. 2026-03-10T13:05:00Z`);
  }
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(date)) parts[part.type] = part.value;
  return `${parts.day}.${parts.month}.${parts.year}, ${parts.hour}:${parts.minute} Uhr`;
}
