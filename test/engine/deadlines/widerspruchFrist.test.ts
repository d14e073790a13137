import { describe, expect, it } from 'vitest';
import { widerspruchFrist } from '../../../engine/deadlines/widerspruchFrist';
import type { Land, WiderspruchFristInput } from '../../../engine/deadlines/types';

/** A letter within Germany with a correct Rechtsbehelfsbelehrung, lodged in Berlin. */
function brief(postedOn: string, extra: Partial<WiderspruchFristInput> = {}): WiderspruchFristInput {
  return { delivery: 'brief', postedOn, rechtsbehelfsbelehrung: true, land: 'BE', ...extra } as WiderspruchFristInput;
}

function deadline(input: WiderspruchFristInput): string {
  const result = widerspruchFrist(input);
  if (!result.ok) throw new Error(`unexpected problem ${result.problem.code}: ${result.problem.message}`);
  return result.value.deadline;
}

describe('widerspruchFrist: the ordinary one-month period', () => {
  it('a letter posted on Monday 2025-03-10 is deemed notified on 2025-03-14 and the deadline is Monday 2025-04-14', () => {
    expect(widerspruchFrist(brief('2025-03-10'))).toEqual({
      ok: true,
      value: {
        deemedNotification: '2025-03-14',
        deadline: '2025-04-14',
        rawDeadline: '2025-04-14',
        period: '1 month',
        basis: ['§ 37 Abs. 2 SGB X', '§ 84 Abs. 1 S. 1 SGG', '§ 64 Abs. 2 SGG'],
        appliedRules: { deemedNotification: 'brief-ab-2025', period: 'regel' },
      },
    });
  });

  it('a letter posted in 2024 counts from the 3rd day: 2024-12-20 → 2024-12-23 → 2025-01-23', () => {
    const result = widerspruchFrist(brief('2024-12-20'));
    expect(result.ok && result.value).toMatchObject({
      deemedNotification: '2024-12-23',
      deadline: '2025-01-23',
      basis: ['§ 37 Abs. 2 SGB X a. F.', '§ 84 Abs. 1 S. 1 SGG', '§ 64 Abs. 2 SGG'],
      appliedRules: { deemedNotification: 'brief-bis-2024', period: 'regel' },
    });
  });

  it('a portal deadline ending on Saturday 2026-03-14 moves to Monday 2026-03-16; the deemed Saturday itself stays', () => {
    const result = widerspruchFrist({ delivery: 'portal', notifiedOn: '2026-02-10', rechtsbehelfsbelehrung: true, land: 'BE' });
    expect(result).toEqual({
      ok: true,
      value: {
        deemedNotification: '2026-02-14',
        deadline: '2026-03-16',
        rawDeadline: '2026-03-14',
        movedBecause: [
          { date: '2026-03-14', reason: 'saturday' },
          { date: '2026-03-15', reason: 'sunday' },
        ],
        period: '1 month',
        basis: ['§ 37 Abs. 2a SGB X', '§ 84 Abs. 1 S. 1 SGG', '§ 64 Abs. 2 SGG', '§ 64 Abs. 3 SGG'],
        appliedRules: { deemedNotification: 'portal', period: 'regel' },
      },
    });
  });

  it('31 January + 1 month ends on the last day of February (2026-02-28, a Saturday, then moved to Monday)', () => {
    const result = widerspruchFrist({ delivery: 'portal', notifiedOn: '2026-01-27', rechtsbehelfsbelehrung: true, land: 'BE' });
    expect(result.ok && result.value).toMatchObject({ deemedNotification: '2026-01-31', rawDeadline: '2026-02-28', deadline: '2026-03-02' });
  });

  it('31 January + 1 month in the leap year 2028 ends on 2028-02-29', () => {
    const result = widerspruchFrist(brief('2028-01-27'));
    expect(result.ok && result.value).toMatchObject({ deemedNotification: '2028-01-31', rawDeadline: '2028-02-29', deadline: '2028-02-29' });
  });
});

describe('widerspruchFrist: Easter and Land-specific holidays', () => {
  it('a deadline ending on Good Friday 2026-04-03 runs past Saturday, Sunday and Easter Monday to Tuesday 2026-04-07', () => {
    const result = widerspruchFrist(brief('2026-02-27'));
    expect(result.ok && result.value).toMatchObject({
      deemedNotification: '2026-03-03',
      rawDeadline: '2026-04-03',
      deadline: '2026-04-07',
      movedBecause: [
        { date: '2026-04-03', reason: 'holiday', holidayName: 'Karfreitag' },
        { date: '2026-04-04', reason: 'saturday' },
        { date: '2026-04-05', reason: 'sunday' },
        { date: '2026-04-06', reason: 'holiday', holidayName: 'Ostermontag' },
      ],
    });
  });

  // letter posted 2026-04-30 → deemed Monday 2026-05-04 → raw deadline Thursday 2026-06-04 (Fronleichnam)
  it.each<[Land, string]>([
    ['BY', '2026-06-05'],
    ['BW', '2026-06-05'],
    ['NW', '2026-06-05'],
    ['HE', '2026-06-05'],
    ['RP', '2026-06-05'],
    ['SL', '2026-06-05'],
    ['BE', '2026-06-04'],
    ['HH', '2026-06-04'],
  ])('Fronleichnam 2026-06-04 in %s gives the deadline %s', (land, expected) => {
    expect(deadline(brief('2026-04-30', { land }))).toBe(expected);
  });

  it('names Fronleichnam as the reason for moving in Bayern', () => {
    const result = widerspruchFrist(brief('2026-04-30', { land: 'BY' }));
    expect(result.ok && result.value.movedBecause).toEqual([{ date: '2026-06-04', reason: 'holiday', holidayName: 'Fronleichnam' }]);
  });

  // no Rechtsbehelfsbelehrung: letter posted 2024-10-28 → deemed 2024-10-31 → one year → Friday 2025-10-31
  it.each<[Land, string]>([
    ['SN', '2025-11-03'],
    ['TH', '2025-11-03'],
    ['BB', '2025-11-03'],
    ['MV', '2025-11-03'],
    ['ST', '2025-11-03'],
    ['SH', '2025-11-03'],
    ['HH', '2025-11-03'],
    ['HB', '2025-11-03'],
    ['NI', '2025-11-03'],
    ['BY', '2025-10-31'],
  ])('Reformationstag 2025-10-31 in %s gives the deadline %s', (land, expected) => {
    expect(deadline(brief('2024-10-28', { land, rechtsbehelfsbelehrung: false }))).toBe(expected);
  });

  // letter posted 2027-02-04 → deemed 2027-02-08 → raw deadline Monday 2027-03-08
  it.each<[Land, string]>([
    ['BE', '2027-03-09'],
    ['MV', '2027-03-09'],
    ['BY', '2027-03-08'],
  ])('Internationaler Frauentag 2027-03-08 in %s gives the deadline %s', (land, expected) => {
    expect(deadline(brief('2027-02-04', { land }))).toBe(expected);
  });

  it('Internationaler Frauentag counts in Mecklenburg-Vorpommern only from 2023: 2022-03-08 stays', () => {
    // letter posted 2022-02-05 → deemed (3rd day) 2022-02-08 → Tuesday 2022-03-08
    expect(deadline(brief('2022-02-05', { land: 'MV' }))).toBe('2022-03-08');
    expect(deadline(brief('2022-02-05', { land: 'BE' }))).toBe('2022-03-09');
  });

  it('Internationaler Frauentag counts in Berlin only from 2019: 2018-03-08 stays', () => {
    expect(deadline(brief('2018-02-05', { land: 'BE' }))).toBe('2018-03-08');
  });

  it('Weltkindertag 2027-09-20 moves the deadline in Thüringen but not in Sachsen', () => {
    // letter posted 2027-08-16 → deemed 2027-08-20 → Monday 2027-09-20
    expect(deadline(brief('2027-08-16', { land: 'TH' }))).toBe('2027-09-21');
    expect(deadline(brief('2027-08-16', { land: 'SN' }))).toBe('2027-09-20');
  });

  it('Buß- und Bettag 2026-11-18 moves the deadline in Sachsen but not in Bayern; the deemed Sunday stays', () => {
    // letter posted 2026-10-14 → deemed Sunday 2026-10-18 → Wednesday 2026-11-18
    const sachsen = widerspruchFrist(brief('2026-10-14', { land: 'SN' }));
    expect(sachsen.ok && sachsen.value).toMatchObject({
      deemedNotification: '2026-10-18',
      deadline: '2026-11-19',
      movedBecause: [{ date: '2026-11-18', reason: 'holiday', holidayName: 'Buß- und Bettag' }],
    });
    expect(deadline(brief('2026-10-14', { land: 'BY' }))).toBe('2026-11-18');
  });
});

describe('widerspruchFrist: abroad and without Rechtsbehelfsbelehrung', () => {
  it('a letter abroad posted 2026-01-15 is deemed notified 2026-02-15 and the three months end on Friday 2026-05-15', () => {
    const result = widerspruchFrist({ delivery: 'ausland', postedOn: '2026-01-15', rechtsbehelfsbelehrung: true, land: 'BE' });
    expect(result).toEqual({
      ok: true,
      value: {
        deemedNotification: '2026-02-15',
        deadline: '2026-05-15',
        rawDeadline: '2026-05-15',
        period: '3 months',
        basis: ['§ 37 Abs. 2 SGB X', '§ 84 Abs. 1 S. 2 SGG', '§ 64 Abs. 2 SGG'],
        appliedRules: { deemedNotification: 'ausland', period: 'ausland' },
      },
    });
  });

  it('without a correct Rechtsbehelfsbelehrung the period is one year, ending Saturday 2026-03-14 and moved to Monday', () => {
    const result = widerspruchFrist(brief('2025-03-10', { rechtsbehelfsbelehrung: false }));
    expect(result.ok && result.value).toMatchObject({
      deemedNotification: '2025-03-14',
      rawDeadline: '2026-03-14',
      deadline: '2026-03-16',
      period: '1 year',
      basis: ['§ 37 Abs. 2 SGB X', '§ 66 Abs. 2 SGG', '§ 64 Abs. 2 SGG', '§ 64 Abs. 3 SGG'],
      appliedRules: { deemedNotification: 'brief-ab-2025', period: 'ohne-rechtsbehelfsbelehrung' },
    });
  });

  it('abroad without a correct Rechtsbehelfsbelehrung the one year wins over the three months', () => {
    const result = widerspruchFrist({ delivery: 'ausland', postedOn: '2026-01-15', rechtsbehelfsbelehrung: false, land: 'BE' });
    expect(result.ok && result.value).toMatchObject({ deemedNotification: '2026-02-15', deadline: '2027-02-15', period: '1 year' });
  });
});

describe('widerspruchFrist: late and days left', () => {
  it('counts the days left up to the deadline', () => {
    const result = widerspruchFrist(brief('2025-03-10', { today: '2025-03-20' }));
    expect(result.ok && [result.value.late, result.value.daysLeft]).toEqual([false, 25]);
  });

  it('is not late on the deadline day itself, with 0 days left', () => {
    const result = widerspruchFrist(brief('2025-03-10', { today: '2025-04-14' }));
    expect(result.ok && [result.value.late, result.value.daysLeft]).toEqual([false, 0]);
  });

  it('is late the day after the deadline and then gives no days left', () => {
    const result = widerspruchFrist(brief('2025-03-10', { today: '2025-04-15' }));
    expect(result.ok && result.value).toMatchObject({ deadline: '2025-04-14', late: true });
    expect(result.ok && Object.keys(result.value).includes('daysLeft')).toBe(false);
    expect(result.ok).toBe(true);
  });

  it('counts from the moved deadline: on Sunday 2026-03-15 a deadline moved to Monday is not yet late', () => {
    const result = widerspruchFrist({ delivery: 'portal', notifiedOn: '2026-02-10', rechtsbehelfsbelehrung: true, land: 'BE', today: '2026-03-15' });
    expect(result.ok && [result.value.late, result.value.daysLeft]).toEqual([false, 1]);
  });

  it('says nothing about lateness without today', () => {
    const result = widerspruchFrist(brief('2025-03-10'));
    expect(result.ok && ['late' in result.value, 'daysLeft' in result.value]).toEqual([false, false]);
  });
});

describe('widerspruchFrist: wrong input is a problem result', () => {
  it.each<[string, unknown, string, string]>([
    ['an impossible posting day', brief('2025-02-29'), 'invalid-date', 'postedOn'],
    ['a posting day in another format', brief('10.03.2025'), 'invalid-date', 'postedOn'],
    ['a portal delivery without the e-mail date', { delivery: 'portal', postedOn: '2025-03-10', rechtsbehelfsbelehrung: true, land: 'BE' }, 'invalid-date', 'notifiedOn'],
    ['a year typed with a missing digit', brief('0225-03-10'), 'date-out-of-range', 'postedOn'],
    ['an unknown delivery', { delivery: 'fax', postedOn: '2025-03-10', rechtsbehelfsbelehrung: true, land: 'BE' }, 'unknown-delivery', 'delivery'],
    ['a Rechtsbehelfsbelehrung given as text', brief('2025-03-10', { rechtsbehelfsbelehrung: 'ja' as never }), 'invalid-boolean', 'rechtsbehelfsbelehrung'],
    ['an unknown Land', brief('2025-03-10', { land: 'XX' as Land }), 'unknown-land', 'land'],
    ['a Land code in lower case', brief('2025-03-10', { land: 'by' as Land }), 'unknown-land', 'land'],
    ['an impossible today', brief('2025-03-10', { today: '2025-04-31' }), 'invalid-date', 'today'],
  ])('%s', (_name, input, code, field) => {
    const result = widerspruchFrist(input as WiderspruchFristInput);
    expect(result.ok).toBe(false);
    expect(!result.ok && [result.problem.code, result.problem.field]).toEqual([code, field]);
  });

  it('says what was expected and what came', () => {
    expect(widerspruchFrist(brief('2025-03-10', { land: 'XX' as Land }))).toEqual({
      ok: false,
      problem: {
        code: 'unknown-land',
        field: 'land',
        message: 'land: expected a Land code, got "XX"; known: BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH, TH',
      },
    });
  });

  it('reports the posting date before the Land when both are wrong', () => {
    const result = widerspruchFrist(brief('2025-13-01', { land: 'XX' as Land }));
    expect(!result.ok && result.problem.code).toBe('invalid-date');
  });
});
