import { describe, expect, it } from 'vitest';
import { berlinIsoDate } from '../../../pdf/text/berlinIsoDate';

describe('berlinIsoDate', () => {
  it('takes the calendar day in Berlin, not in UTC', () => {
    expect(berlinIsoDate('2026-03-10T23:30:00Z')).toBe('2026-03-11');
    expect(berlinIsoDate('2026-03-10T22:59:00Z')).toBe('2026-03-10');
  });
});
