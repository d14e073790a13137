import { describe, expect, it } from 'vitest';
import { terminanfrage } from '../../../engine/computed/terminanfrage';

const options = { dauerMinuten: { beratung: 45, leistung: 30 }, vorlaufTage: 3 };

describe('terminanfrage', () => {
  it('gives the configured duration, the earliest date and whether the wish is too early', () => {
    expect(terminanfrage.run({ anliegen: 'beratung', wunschtermin: '2026-06-11' }, '2026-06-10', options)).toEqual({
      dauerMinuten: 45,
      fruehesterTermin: '2026-06-13',
      zuFrueh: true,
    });
    expect(terminanfrage.run({ anliegen: 'leistung', wunschtermin: '2026-06-13' }, '2026-06-10', options)).toEqual({
      dauerMinuten: 30,
      fruehesterTermin: '2026-06-13',
      zuFrueh: false,
    });
  });

  it('crosses month ends and leaves out what it cannot know', () => {
    expect(terminanfrage.run({ anliegen: 'sonstiges' }, '2026-06-29', options)).toEqual({ fruehesterTermin: '2026-07-02' });
    expect(terminanfrage.run({}, '2026-06-29', options)).toBeUndefined();
  });
});
