import { describe, expect, it } from 'vitest';
import { leistungsbeginn } from '../../../engine/computed/leistungsbeginn';

describe('leistungsbeginn: from when a Hauptantrag counts', () => {
  it('counts back to the first of the month of filing', () => {
    expect(leistungsbeginn.run({ beginn: 'monatsanfang' }, '2026-03-10', {})).toEqual({ antragsdatum: '2026-03-10', beginn: '2026-03-01', rueckwirkend: true });
    // filed on the first: nothing to count back
    expect(leistungsbeginn.run({ beginn: 'monatsanfang' }, '2026-03-01', {})).toEqual({ antragsdatum: '2026-03-01', beginn: '2026-03-01', rueckwirkend: false });
  });

  it('takes a later start as asked, and never one before the first of the month', () => {
    expect(leistungsbeginn.run({ beginn: 'spaeter', datum: '2026-04-01' }, '2026-03-10', {})).toEqual({ antragsdatum: '2026-03-10', beginn: '2026-04-01', rueckwirkend: false });
    expect(leistungsbeginn.run({ beginn: 'spaeter', datum: '2026-02-15' }, '2026-03-10', {})).toEqual({ antragsdatum: '2026-03-10', beginn: '2026-03-01', rueckwirkend: true });
  });

  it('has nothing to say until the start is chosen (and, for a later one, its date given)', () => {
    expect(leistungsbeginn.run({}, '2026-03-10', {})).toBeUndefined();
    expect(leistungsbeginn.run({ beginn: 'spaeter' }, '2026-03-10', {})).toBeUndefined();
    expect(leistungsbeginn.run({ beginn: 'spaeter', datum: '10.04.2026' }, '2026-03-10', {})).toBeUndefined();
  });
});
