const formatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar day (YYYY-MM-DD) of an ISO timestamp in Europe/Berlin: a submission sent at
 * 00:30 German time on 11 March belongs to 11 March even though UTC still says the 10th.
 *
 * @example
 * berlinIsoDate('2026-03-10T23:30:00Z') // → '2026-03-11'
 */
export function berlinIsoDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    throw new Error(`berlinIsoDate: "${iso}" is not an ISO timestamp; pass metadata.submittedAt`);
  }
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(date)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day}`;
}
