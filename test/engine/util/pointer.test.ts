import { describe, expect, it } from 'vitest';
import { getAt, joinPointer, parsePointer, setAt } from '../../../engine/util/pointer';

describe('getAt', () => {
  it('reads nested objects and array items', () => {
    const doc = { umzug: { plz: '10115' }, personen: [{ name: 'Ada' }, { name: 'Ben' }] };
    expect(getAt(doc, '/umzug/plz')).toBe('10115');
    expect(getAt(doc, '/personen/1/name')).toBe('Ben');
    expect(getAt(doc, '')).toBe(doc);
  });

  it('gives undefined for missing steps, non-index array tokens and inherited properties', () => {
    const doc = { a: { b: 1 }, list: [1] };
    expect(getAt(doc, '/a/c/d')).toBeUndefined();
    expect(getAt(doc, '/list/-')).toBeUndefined();
    expect(getAt(doc, '/list/01')).toBeUndefined();
    expect(getAt(doc, '/a/toString')).toBeUndefined();
    expect(getAt(doc, '/a/b/c')).toBeUndefined();
  });

  it('unescapes ~1 to / and ~0 to ~', () => {
    expect(getAt({ 'a/b': { 'c~d': 5 } }, '/a~1b/c~0d')).toBe(5);
    expect(parsePointer('/~01')).toEqual(['~1']);
  });

  it('rejects a pointer that does not start with a slash', () => {
    expect(() => getAt({}, 'a/b')).toThrow('JSON pointer "a/b" must be empty or start with "/"');
  });
});

describe('setAt', () => {
  it('returns a changed copy and leaves the input alone', () => {
    const doc = { a: { b: 1 }, other: { x: 1 } };
    const next = setAt(doc, '/a/c', 2) as typeof doc;
    expect(next).toEqual({ a: { b: 1, c: 2 }, other: { x: 1 } });
    expect(doc).toEqual({ a: { b: 1 }, other: { x: 1 } });
    expect(next.other).toBe(doc.other);
  });

  it('copies arrays as arrays and creates missing objects', () => {
    expect(setAt({ l: [1, 2] }, '/l/1', 5)).toEqual({ l: [1, 5] });
    expect(setAt(undefined, '/a/b', 1)).toEqual({ a: { b: 1 } });
    expect(setAt({ a: 1 }, '', 'all')).toBe('all');
  });

  it('writes escaped tokens and "__proto__" as plain keys', () => {
    expect(setAt({}, '/a~1b', 1)).toEqual({ 'a/b': 1 });
    const next = setAt({}, '/__proto__/polluted', true) as Record<string, unknown>;
    expect(Object.keys(next)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('joinPointer', () => {
  it('escapes ~ and / in tokens', () => {
    expect(joinPointer(['a/b', 'c~d', 0])).toBe('/a~1b/c~0d/0');
    expect(joinPointer([])).toBe('');
  });
});
