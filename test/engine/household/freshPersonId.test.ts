import { describe, expect, it } from 'vitest';
import { freshPersonId } from '../../../engine/household/freshPersonId';

describe('freshPersonId', () => {
  it('starts at p1, p0 being the applicant', () => {
    expect(freshPersonId([], {})).toBe('p1');
  });

  it('goes above every id in the list and every Anlage instance key, so no one inherits answers', () => {
    expect(freshPersonId([{ id: 'p1' }, { id: 'p4' }, { vorname: 'ohne id' }], {})).toBe('p5');
    // p6 was removed from the list, but his EK answers are still in the draft
    expect(freshPersonId([{ id: 'p1' }, { id: 'p4' }], { anlagen: { EK: { p0: {}, p6: {} }, KDU: { bg: {} } } })).toBe('p7');
  });

  it('goes above the persons the host already knows (the WBA\'s household from the jobcenter)', () => {
    expect(freshPersonId([], {}, { bekannt: { personen: [{ id: 'p1', vorname: 'Leon' }, { id: 'p3' }] } })).toBe('p4');
  });
});
