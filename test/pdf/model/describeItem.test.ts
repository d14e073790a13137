import { describe, expect, it } from 'vitest';
import { describeItem } from '../../../pdf/model/describeItem';

const answers = { haushalt: { personen: [{ vorname: 'Jan', nachname: 'Nowak' }, { beziehung: 'kind' }] } };

describe('describeItem', () => {
  it('names the person of a per-item rule', () => {
    expect(describeItem(answers, '/haushalt/personen', 0)).toBe('Jan Nowak');
  });

  it('falls back to the position when the item has no name', () => {
    expect(describeItem(answers, '/haushalt/personen', 1)).toBe('Nr. 2');
  });

  it('says nothing for a rule that applies once', () => {
    expect(describeItem(answers, undefined, undefined)).toBeUndefined();
  });
});
