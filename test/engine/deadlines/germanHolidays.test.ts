import { describe, expect, it } from 'vitest';
import { germanHolidays, holidayName, isPublicHoliday } from '../../../engine/deadlines/germanHolidays';

describe('germanHolidays', () => {
  it('knows the nationwide holidays in every Land', () => {
    expect(holidayName('2026-10-03', 'BY')).toBe('Tag der Deutschen Einheit');
    expect(holidayName('2026-10-03', 'HB')).toBe('Tag der Deutschen Einheit');
    expect(holidayName('2026-01-01', 'SL')).toBe('Neujahrstag');
  });

  it('knows the holidays of single Länder', () => {
    expect(holidayName('2026-06-04', 'BY')).toBe('Fronleichnam');
    expect(holidayName('2026-06-04', 'BE')).toBeUndefined();
    expect(holidayName('2026-01-06', 'ST')).toBe('Heilige Drei Könige');
    expect(holidayName('2026-01-06', 'NI')).toBeUndefined();
    expect(holidayName('2026-11-18', 'SN')).toBe('Buß- und Bettag');
    expect(holidayName('2026-11-18', 'TH')).toBeUndefined();
    expect(holidayName('2026-09-20', 'TH')).toBe('Weltkindertag');
    expect(holidayName('2026-03-08', 'BE')).toBe('Weltfrauentag');
  });

  it('knows the nationwide Reformationstag of 2017', () => {
    expect(isPublicHoliday('2017-10-31', 'BY')).toBe(true);
    expect(isPublicHoliday('2018-10-31', 'BY')).toBe(false);
  });

  it('does not count a plain Sunday as a holiday', () => {
    expect(isPublicHoliday('2026-03-15', 'BE')).toBe(false);
  });

  it('offers both functions as a HolidayCalendar', () => {
    expect(germanHolidays.isPublicHoliday('2026-04-03', 'NW')).toBe(true);
    expect(germanHolidays.holidayName('2026-04-06', 'NW')).toBe('Ostermontag');
  });
});
