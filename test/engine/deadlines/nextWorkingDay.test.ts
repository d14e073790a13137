import { describe, expect, it } from 'vitest';
import { nextWorkingDay } from '../../../engine/deadlines/nextWorkingDay';
import type { HolidayCalendar, Land } from '../../../engine/deadlines/types';

describe('nextWorkingDay', () => {
  it('keeps a working day', () => {
    expect(nextWorkingDay('2026-04-02', 'BE')).toEqual({ ok: true, value: { date: '2026-04-02', movedBecause: [] } });
  });

  it('moves Good Friday 2026-04-03 past Saturday, Sunday and Easter Monday to Tuesday 2026-04-07', () => {
    expect(nextWorkingDay('2026-04-03', 'BE')).toEqual({
      ok: true,
      value: {
        date: '2026-04-07',
        movedBecause: [
          { date: '2026-04-03', reason: 'holiday', holidayName: 'Karfreitag' },
          { date: '2026-04-04', reason: 'saturday' },
          { date: '2026-04-05', reason: 'sunday' },
          { date: '2026-04-06', reason: 'holiday', holidayName: 'Ostermontag' },
        ],
      },
    });
  });

  it('names a holiday on a Sunday by its name: Ostersonntag in Brandenburg', () => {
    const result = nextWorkingDay('2026-04-05', 'BB');
    expect(result.ok && result.value.movedBecause[0]).toEqual({ date: '2026-04-05', reason: 'holiday', holidayName: 'Ostersonntag' });
  });

  it('runs over the year end: Christmas Day 2026 (Friday) → Monday 2026-12-28', () => {
    const result = nextWorkingDay('2026-12-25', 'HH');
    expect(result.ok && result.value).toEqual({
      date: '2026-12-28',
      movedBecause: [
        { date: '2026-12-25', reason: 'holiday', holidayName: '1. Weihnachtstag' },
        { date: '2026-12-26', reason: 'holiday', holidayName: '2. Weihnachtstag' },
        { date: '2026-12-27', reason: 'sunday' },
      ],
    });
  });

  it('uses the holiday calendar it is given', () => {
    const onlyThatThursday: HolidayCalendar = {
      isPublicHoliday: (date) => date === '2026-04-02',
      holidayName: () => undefined,
    };
    expect(nextWorkingDay('2026-04-02', 'BE', onlyThatThursday)).toEqual({
      ok: true,
      value: { date: '2026-04-03', movedBecause: [{ date: '2026-04-02', reason: 'holiday' }] },
    });
  });

  it('throws when the holiday calendar never yields a working day', () => {
    const always: HolidayCalendar = { isPublicHoliday: () => true, holidayName: () => 'Dauerfeiertag' };
    expect(() => nextWorkingDay('2026-04-02', 'BE', always)).toThrow(/no working day within 31 days after 2026-04-02 in BE/);
  });

  it('answers a wrong date or Land with a problem', () => {
    const date = nextWorkingDay('2026-04-31', 'BE');
    expect(!date.ok && [date.problem.code, date.problem.field]).toEqual(['invalid-date', 'date']);
    const land = nextWorkingDay('2026-04-03', 'Berlin' as Land);
    expect(!land.ok && [land.problem.code, land.problem.field]).toEqual(['unknown-land', 'land']);
  });
});
