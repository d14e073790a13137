import { describe, expect, it } from 'vitest';
import { abwesenheit } from '../../../engine/computed/abwesenheit';

describe('abwesenheit (Ortsabwesenheit)', () => {
  it('counts first and last day, adds the days already approved this year and checks the limit', () => {
    expect(abwesenheit.run({ von: '2026-07-01', bis: '2026-07-14', bisherigeTage: 10 }, '2026-06-10', {})).toEqual({
      tage: 14,
      tageImJahr: 24,
      hoechstens: 21,
      vorlaufTage: 14,
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

  it('counts a trip across New Year in each calendar year apart', () => {
    // 28.12.–05.01.: 4 days this year (on top of 15 approved), 5 next year
    expect(abwesenheit.run({ von: '2026-12-28', bis: '2027-01-05', bisherigeTage: 15 }, '2026-12-01', {})).toEqual({
      tage: 9,
      tageImJahr: 19,
      tageImFolgejahr: 5,
      hoechstens: 21,
      vorlaufTage: 14,
      ueberGrenze: false,
      tageBisBeginn: 27,
      kurzfristig: false,
    });
    // 3 days this year, 22 next year: over the limit in the new year
    expect(abwesenheit.run({ von: '2026-12-29', bis: '2027-01-22' }, '2026-12-01', {})).toMatchObject({ tage: 25, tageImJahr: 3, tageImFolgejahr: 22, ueberGrenze: true });
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
