import { describe, expect, it } from 'vitest';
import { abwesenheit } from '../../../engine/computed/abwesenheit';

describe('abwesenheit (Ortsabwesenheit)', () => {
  it('counts first and last day, adds the days already approved this year and checks the limit', () => {
    expect(abwesenheit.run({ von: '2026-07-01', bis: '2026-07-14', bisherigeTage: 10 }, '2026-06-10', {})).toEqual({
      tage: 14,
      tageImJahr: 24,
      hoechstens: 21,
      ueberGrenze: true,
      tageBisBeginn: 21,
      kurzfristig: false,
    });
  });

  it('exactly 21 days is still within the limit; a request 13 days ahead is short notice', () => {
    expect(abwesenheit.run({ von: '2026-08-01', bis: '2026-08-21' }, '2026-07-19', {})).toMatchObject({
      tage: 21,
      tageImJahr: 21,
      ueberGrenze: false,
      tageBisBeginn: 13,
      kurzfristig: true,
    });
  });

  it('takes the limit and the lead time from the options an author sets', () => {
    expect(abwesenheit.run({ von: '2026-08-01', bis: '2026-08-21' }, '2026-07-19', { hoechstens: 20, vorlaufTage: 7 })).toMatchObject({
      hoechstens: 20,
      ueberGrenze: true,
      kurzfristig: false,
    });
  });

  it('computes nothing for an end before the start or a missing date, instead of throwing', () => {
    expect(abwesenheit.run({ von: '2026-08-21', bis: '2026-08-01' }, '2026-07-19', {})).toBeUndefined();
    expect(abwesenheit.run({ von: '2026-08-01' }, '2026-07-19', {})).toBeUndefined();
    expect(abwesenheit.run({ von: '2026-02-30', bis: '2026-03-02' }, '2026-01-19', {})).toBeUndefined();
  });
});
