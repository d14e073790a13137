import { describe, expect, it } from 'vitest';
import { computations } from '../../../engine/computed/computations';
import { deriveHousehold } from '../../../engine/household/deriveHousehold';

const rules = { kindBgBisAlter: 25, vermoegenErstePerson: 40000, vermoegenJedeWeitere: 15000 };
const today = '2026-03-10';
const anna = { vorname: 'Anna', nachname: 'Wolf', geburtsdatum: '1990-01-15', familienstand: 'verheiratet' };

describe('deriveHousehold', () => {
  it('puts the applicant, a partner and unmarried children under 25 in the BG, relatives in the HG', () => {
    const household = deriveHousehold(
      anna,
      [
        { id: 'p1', vorname: 'Tom', nachname: 'Wolf', geburtsdatum: '1988-07-01', beziehung: 'partner-ehe' },
        { id: 'p2', vorname: 'Lena', nachname: 'Wolf', geburtsdatum: '2001-03-11', beziehung: 'kind', familienstand: 'ledig' },
        { id: 'p3', vorname: 'Max', nachname: 'Wolf', geburtsdatum: '2001-03-10', beziehung: 'kind', familienstand: 'ledig' },
        { id: 'p4', vorname: 'Ida', nachname: 'Berg', geburtsdatum: '1950-02-02', beziehung: 'elternteil' },
        { id: 'p5', vorname: 'Kai', nachname: 'Lutz', geburtsdatum: '1999-09-09', beziehung: 'sonstige' },
      ],
      today,
      rules,
    );
    expect(household.personen).toEqual([
      { id: 'p0', vorname: 'Anna', nachname: 'Wolf', geburtsdatum: '1990-01-15', alter: 36, rolle: 'antragsteller', bg: true, hg: false },
      { id: 'p1', vorname: 'Tom', nachname: 'Wolf', geburtsdatum: '1988-07-01', alter: 37, rolle: 'partner', partnerschaft: 'ehe', bg: true, hg: false },
      // Lena turns 25 tomorrow: still in the BG; Max turned 25 today: a relative in the household
      { id: 'p2', vorname: 'Lena', nachname: 'Wolf', geburtsdatum: '2001-03-11', alter: 24, rolle: 'kind', bg: true, hg: false },
      { id: 'p3', vorname: 'Max', nachname: 'Wolf', geburtsdatum: '2001-03-10', alter: 25, rolle: 'kind', bg: false, hg: true },
      { id: 'p4', vorname: 'Ida', nachname: 'Berg', geburtsdatum: '1950-02-02', alter: 76, rolle: 'elternteil', bg: false, hg: true },
      { id: 'p5', vorname: 'Kai', nachname: 'Lutz', geburtsdatum: '1999-09-09', alter: 26, rolle: 'sonstige', bg: false, hg: false },
    ]);
    expect(household.bgAnzahl).toBe(3);
    expect(household.hgAnzahl).toBe(2);
    expect(household.vermoegensgrenze).toBe(70000);
  });

  it('leaves a married child out of the BG and marks an unmarried partner as nichtehelich', () => {
    const household = deriveHousehold(
      anna,
      [
        { id: 'p1', vorname: 'Jo', geburtsdatum: '1991-01-01', beziehung: 'partner-nichtehelich' },
        { id: 'p2', vorname: 'Mia', geburtsdatum: '2004-01-01', beziehung: 'kind', familienstand: 'verheiratet' },
      ],
      today,
      rules,
    );
    expect(household.personen.map(({ id, rolle, partnerschaft, bg, hg }) => ({ id, rolle, partnerschaft, bg, hg }))).toEqual([
      { id: 'p0', rolle: 'antragsteller', partnerschaft: undefined, bg: true, hg: false },
      { id: 'p1', rolle: 'partner', partnerschaft: 'nichtehelich', bg: true, hg: false },
      { id: 'p2', rolle: 'kind', partnerschaft: undefined, bg: false, hg: true },
    ]);
    expect(household.vermoegensgrenze).toBe(55000);
  });

  it('works from the first keystroke: no household list, no dates, persons without ids', () => {
    expect(deriveHousehold(undefined, undefined, today, rules)).toEqual({
      personen: [{ id: 'p0', rolle: 'antragsteller', bg: true, hg: false }],
      bgAnzahl: 1,
      hgAnzahl: 0,
      vermoegensgrenze: 40000,
    });
    const household = deriveHousehold({ vorname: 'Anna', geburtsdatum: '15.01.1990' }, [{ vorname: 'Ben', beziehung: 'kind' }, 'kaputt'], today, rules);
    expect(household.personen).toEqual([
      { id: 'p0', vorname: 'Anna', geburtsdatum: '15.01.1990', rolle: 'antragsteller', bg: true, hg: false },
      // a child whose age is not known yet counts as in the BG; an unusable entry as not related
      { id: 'p1', vorname: 'Ben', rolle: 'kind', bg: true, hg: false },
      { id: 'p2', rolle: 'sonstige', bg: false, hg: false },
    ]);
  });

  it('is the haushalt computation, with the limits as options a form may change', () => {
    const value = computations['haushalt']?.run({ antragsteller: anna, personen: [] }, today, { vermoegenErstePerson: 50000 });
    expect(value).toMatchObject({ bgAnzahl: 1, vermoegensgrenze: 50000 });
  });

  it('adds persons joining a household known from elsewhere (weitere)', () => {
    const known = [{ id: 'p1', vorname: 'Tom', geburtsdatum: '1988-07-01', beziehung: 'partner-ehe' }];
    const baby = [{ id: 'p5', vorname: 'Lia', geburtsdatum: '2026-01-20', beziehung: 'kind' }];
    const value = computations['haushalt']?.run({ antragsteller: anna, personen: known, weitere: baby }, today, {}) as { personen: { id: string; alter?: number }[]; bgAnzahl: number };
    expect(value.personen.map(({ id, alter }) => `${id}:${alter}`)).toEqual(['p0:36', 'p1:37', 'p5:0']);
    expect(value.bgAnzahl).toBe(3);
  });

  it('ignores a list typed before the citizen said they live alone', () => {
    const tom = { id: 'p1', vorname: 'Tom', geburtsdatum: '1988-07-01', beziehung: 'partner-ehe' };
    const run = (allein: unknown) => computations['haushalt']?.run({ antragsteller: anna, personen: [tom], allein }, today, {}) as { bgAnzahl: number };
    expect(run(true).bgAnzahl).toBe(1);
    expect(run(false).bgAnzahl).toBe(2);
  });
});
