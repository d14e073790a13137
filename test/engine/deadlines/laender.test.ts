import { describe, expect, it } from 'vitest';
import { isLand, laender } from '../../../engine/deadlines/laender';

describe('laender', () => {
  it('lists the 16 Länder with distinct codes', () => {
    expect(laender.map((land) => land.code)).toEqual(['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH']);
    expect(laender.find((land) => land.code === 'TH')?.name).toBe('Thüringen');
  });

  it('recognises exactly those codes', () => {
    expect(isLand('NW')).toBe(true);
    expect(isLand('nw')).toBe(false);
    expect(isLand('BUND')).toBe(false);
    expect(isLand(undefined)).toBe(false);
  });
});
