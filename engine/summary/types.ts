/** One answered question, ready for people to read (German for the E-Akte, any locale on screen). */
export interface SummaryRow {
  /** JSON pointer of the answer, e.g. /umzug/neueAdresse/plz */
  path: string;
  /** the question text */
  label: string;
  /** the answer formatted for people: 10.03.2026, 1.234,50 €, Ja/Nein, the enum's text */
  value: string;
  /** rows of a list item or group are nested one level, with a heading row of depth 0 */
  depth: number;
}

/** One step of the current path with its answered questions. */
export interface SummarySection {
  step: string;
  title: string;
  rows: SummaryRow[];
}
