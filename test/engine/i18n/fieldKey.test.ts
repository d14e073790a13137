import { describe, expect, it } from 'vitest';
import { fieldKey } from '../../../engine/i18n/fieldKey';

describe('fieldKey', () => {
  it('turns a pointer into a dotted key without array indices', () => {
    expect(fieldKey('/umzug/neueAdresse/plz')).toBe('umzug.neueAdresse.plz');
    expect(fieldKey('/x/personen/2/name')).toBe('x.personen.name');
    expect(fieldKey('/x/personen/12')).toBe('x.personen');
    expect(fieldKey('')).toBe('');
  });
});
