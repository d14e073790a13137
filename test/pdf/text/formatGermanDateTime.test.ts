import { describe, expect, it } from 'vitest';
import { formatGermanDateTime } from '../../../pdf/text/formatGermanDateTime';

describe('formatGermanDateTime', () => {
  it('shows winter time as UTC+1', () => {
    expect(formatGermanDateTime('2026-03-10T13:05:00Z')).toBe('10.03.2026, 14:05 Uhr');
  });

  it('shows summer time as UTC+2 and midnight as 00', () => {
    expect(formatGermanDateTime('2026-07-01T22:00:00Z')).toBe('02.07.2026, 00:00 Uhr');
  });

  it('throws for a timestamp that is not one, naming the fix', () => {
    expect(() => formatGermanDateTime('gestern')).toThrow('"gestern" is not an ISO timestamp');
  });
});
