import { describe, expect, it } from 'vitest';
import { personName } from '../../../engine/household/personName';

describe('personName', () => {
  it('reads first and last name as far as given, else a name the item carries', () => {
    expect(personName({ id: 'p1', vorname: 'Julia', nachname: 'Fischer' })).toBe('Julia Fischer');
    expect(personName({ vorname: 'Ben' })).toBe('Ben');
    expect(personName({ name: 'Cleo' })).toBe('Cleo');
    expect(personName({ document: 'lohnabrechnung', person: 'Julia Fischer' })).toBe('Julia Fischer');
  });

  it('names no one for an item without a name, or no item', () => {
    expect(personName({ id: 'p1', vorname: '' })).toBeUndefined();
    expect(personName('Julia')).toBeUndefined();
    expect(personName(undefined)).toBeUndefined();
  });
});
