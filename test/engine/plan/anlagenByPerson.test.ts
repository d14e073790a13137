import { describe, expect, it } from 'vitest';
import { anlagenByPerson } from '../../../engine/plan/anlagenByPerson';

describe('anlagenByPerson', () => {
  it('groups per person in household order, the household last, each Anlage once with all its reasons', () => {
    expect(
      anlagenByPerson([
        { anlage: 'KDU', rule: 'kdu', key: 'bg', reason: 'anlagen.kdu' },
        { anlage: 'KI', rule: 'ki', item: 2, key: 'p2', person: 'Ben Wolf', alter: 9, reason: 'anlagen.ki' },
        { anlage: 'EK', rule: 'ek', item: 0, key: 'p0', person: 'Anna Wolf', alter: 36, reason: 'anlagen.ek' },
        { anlage: 'SV', rule: 'sv-privat', item: 0, key: 'p0', person: 'Anna Wolf', alter: 36, reason: 'anlagen.sv-privat' },
        { anlage: 'SV', rule: 'sv-ohne', item: 0, key: 'p0', person: 'Anna Wolf', alter: 36, reason: 'anlagen.sv-ohne' },
        { anlage: 'VM', rule: 'vm', key: 'bg', reason: 'anlagen.vm' },
      ]),
    ).toEqual([
      {
        key: 'p0',
        person: 'Anna Wolf',
        alter: 36,
        item: 0,
        anlagen: [
          { anlage: 'EK', reasons: ['anlagen.ek'] },
          { anlage: 'SV', reasons: ['anlagen.sv-privat', 'anlagen.sv-ohne'] },
        ],
      },
      { key: 'p2', person: 'Ben Wolf', alter: 9, item: 2, anlagen: [{ anlage: 'KI', reasons: ['anlagen.ki'] }] },
      { key: 'bg', anlagen: [{ anlage: 'KDU', reasons: ['anlagen.kdu'] }, { anlage: 'VM', reasons: ['anlagen.vm'] }] },
    ]);
  });
});
