import { daysBetween, parseIsoDate } from '../util/dates';
import type { Computation } from './computations';

/**
 * Terminanfrage: how long the conversation for the chosen Anliegen lasts and the earliest day a
 * requested date can be, both as the jobcenter configures them in `options`
 * (`dauerMinuten`: Anliegen → minutes, `vorlaufTage`: days ahead). Whether the wished date is too
 * early is data for a hint, never a refusal.
 *
 * @example
 * terminanfrage.run({ anliegen: 'beratung', wunschtermin: '2026-06-11' }, '2026-06-10', { dauerMinuten: { beratung: 45 }, vorlaufTage: 3 });
 * // { dauerMinuten: 45, fruehesterTermin: '2026-06-13', zuFrueh: true }
 */
export const terminanfrage: Computation = {
  inputs: [
    { name: 'anliegen', required: true },
    { name: 'wunschtermin', required: false },
  ],
  options: { dauerMinuten: {}, vorlaufTage: 3 },
  output: {
    type: 'object',
    properties: {
      dauerMinuten: { type: 'integer' },
      fruehesterTermin: { type: 'string', format: 'date' },
      zuFrueh: { type: 'boolean' },
    },
  },
  run(inputs, today, options) {
    const { anliegen, wunschtermin } = inputs;
    if (typeof anliegen !== 'string' || !parseIsoDate(today)) return undefined;
    const durations = typeof options['dauerMinuten'] === 'object' && options['dauerMinuten'] !== null ? (options['dauerMinuten'] as Record<string, unknown>) : {};
    const dauer = durations[anliegen];
    const vorlaufTage = typeof options['vorlaufTage'] === 'number' ? options['vorlaufTage'] : 3;
    const fruehesterTermin = addDays(today, vorlaufTage);
    const lead = typeof wunschtermin === 'string' ? daysBetween(today, wunschtermin) : undefined;
    return {
      ...(typeof dauer === 'number' ? { dauerMinuten: dauer } : {}),
      fruehesterTermin,
      ...(lead === undefined ? {} : { zuFrueh: lead < vorlaufTage }),
    };
  },
};

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
