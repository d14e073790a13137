import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../engine/submission/canonicalJson';

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1, { z: true, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[2,1,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('gives the same text whatever order the keys were added in', () => {
    expect(canonicalJson({ umzug: { plz: '10115' }, person: { name: 'Erika' } })).toBe(
      canonicalJson({ person: { name: 'Erika' }, umzug: { plz: '10115' } }),
    );
  });

  it('follows JSON for undefined and non-finite numbers', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, Number.NaN, Infinity], c: 'ä"\n' })).toBe('{"b":[null,null,null],"c":"ä\\"\\n"}');
  });

  it('throws for values without a JSON form instead of dropping them', () => {
    expect(() => canonicalJson({ a: { f: () => 1 } })).toThrow('canonicalJson: a function at "/a/f" has no JSON form');
    expect(() => canonicalJson({ bytes: new Uint8Array(1) })).toThrow(
      'canonicalJson: binary data at "/bytes" has no JSON form; hash it separately',
    );
  });
});
