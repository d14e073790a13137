import { parseIsoDate } from '../util/dates';
import type { Computation } from './computations';

/**
 * Hauptantrag: from when the application counts. An application for Bürgergeld works back to the
 * first day of the month in which it is filed (§ 37 Abs. 2 SGB II); a citizen who still has money
 * this month may ask for a later start. `beginn` is "monatsanfang" or "spaeter" (with `datum`).
 *
 * @example
 * leistungsbeginn.run({ beginn: 'monatsanfang' }, '2026-03-10', {});
 * // { antragsdatum: '2026-03-10', beginn: '2026-03-01', rueckwirkend: true }
 * leistungsbeginn.run({ beginn: 'spaeter', datum: '2026-04-01' }, '2026-03-10', {});
 * // { antragsdatum: '2026-03-10', beginn: '2026-04-01', rueckwirkend: false }
 */
export const leistungsbeginn: Computation = {
  inputs: [
    { name: 'beginn', required: true },
    { name: 'datum', required: false },
  ],
  output: {
    type: 'object',
    properties: {
      antragsdatum: { type: 'string', format: 'date' },
      beginn: { type: 'string', format: 'date' },
      rueckwirkend: { type: 'boolean' },
    },
  },
  run(inputs, today) {
    const filed = parseIsoDate(today);
    if (filed === undefined) return undefined;
    const monthStart = `${today.slice(0, 8)}01`;
    if (inputs['beginn'] === 'monatsanfang') return { antragsdatum: today, beginn: monthStart, rueckwirkend: monthStart < today };
    const datum = inputs['datum'];
    if (inputs['beginn'] !== 'spaeter' || typeof datum !== 'string' || parseIsoDate(datum) === undefined) return undefined;
    // a start before the first of the month cannot be asked for; the month's first is the earliest
    const beginn = datum < monthStart ? monthStart : datum;
    return { antragsdatum: today, beginn, rueckwirkend: beginn < today };
  },
};
