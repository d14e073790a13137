import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { conditionTypes } from '../../../engine/conditions/conditionTypes';
import { conditionSchema } from '../../../engine/definition/conditionSchema';

const ajv = new Ajv2020({ allErrors: true, discriminator: true, strictTypes: false });
const validate = ajv.compile(conditionSchema);

describe('conditionSchema', () => {
  it('accepts one example of every condition type', () => {
    const examples = [
      { type: 'always' },
      { type: 'equals', path: '/a/b', value: 'x' },
      { type: 'oneOf', path: '/a/b', values: [1, 2] },
      { type: 'includes', path: '/a/list', value: 'x' },
      { type: 'answered', path: './name' },
      { type: 'compare', left: { ageAt: './geburtsdatum' }, op: '<', right: { value: 15 } },
      { type: 'matches', path: '/a/b', schema: { type: 'string', pattern: '^D' } },
      { type: 'and', conditions: [{ type: 'always' }] },
      { type: 'or', conditions: [{ type: 'always' }] },
      { type: 'not', condition: { type: 'always' } },
      { type: 'some', path: '/a/list', where: { type: 'equals', path: '.', value: 'x' } },
    ];
    expect(examples.map((example) => example.type)).toEqual(conditionTypes);
    for (const example of examples) expect(validate(example)).toBe(true);
  });

  it('accepts every operand shape', () => {
    for (const operand of [{ value: null }, { path: '/a' }, { ageAt: '/a' }, { count: '/l' }, { count: '/l', where: { type: 'always' } }, { daysFromToday: '/d' }]) {
      expect(validate({ type: 'compare', left: operand, op: '==', right: { value: 1 } })).toBe(true);
    }
  });

  it('rejects unknown types, extra properties, and malformed nested conditions', () => {
    expect(validate({ type: 'contains', path: '/a', value: 1 })).toBe(false);
    expect(validate({ type: 'equals', path: '/a', value: 1, note: 'x' })).toBe(false);
    expect(validate({ type: 'not', condition: { type: 'and', conditions: [] } })).toBe(false);
    expect(validate({ type: 'compare', left: { where: { type: 'always' } }, op: '<', right: { value: 1 } })).toBe(false);
    expect(validate({ type: 'compare', left: { value: 1 }, op: '=<', right: { value: 1 } })).toBe(false);
    expect(validate({ type: 'matches', path: '/a', schema: { format: 'date' } })).toBe(false);
    expect(validate({ type: 'answered', path: 'a/b' })).toBe(false);
  });
});
