import { describe, expect, it } from 'vitest';
import { findPersonName } from '../../../pdf/model/findPersonName';

describe('findPersonName', () => {
  it('joins first and last name of the first step that has both', () => {
    expect(findPersonName({ auswahl: { x: 1 }, person: { vorname: ' Ольга ', familienname: 'Łódź' } })).toBe('Ольга Łódź');
  });

  it('looks into nested objects', () => {
    expect(findPersonName({ person: { antragsteller: { vorname: 'Ada', nachname: 'Nowak' } } })).toBe('Ada Nowak');
  });

  it('gives undefined without both names', () => {
    expect(findPersonName({ person: { vorname: 'Ada' } })).toBeUndefined();
    expect(findPersonName('Ada')).toBeUndefined();
  });
});
