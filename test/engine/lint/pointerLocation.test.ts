import { describe, expect, it } from 'vitest';
import { pointerLocation } from '../../../engine/lint/pointerLocation';

const text = '{\n  "states": {\n    "a/b": { "on": { "NEXT": ["x", "y"] } }\n  }\n}\n';

describe('pointerLocation', () => {
  it('finds the key of an object member', () => {
    expect(pointerLocation(text, '/states/a~1b/on')).toEqual({ line: 3, column: 14 });
  });

  it('finds the start of an array item', () => {
    expect(pointerLocation(text, '/states/a~1b/on/NEXT/1')).toEqual({ line: 3, column: 36 });
  });

  it('falls back to the nearest existing parent for a pointer to something missing', () => {
    expect(pointerLocation(text, '/states/c/on')).toEqual({ line: 2, column: 3 });
  });

  it('gives the first value for the whole file and nothing for an empty file', () => {
    expect(pointerLocation(text, '')).toEqual({ line: 1, column: 1 });
    expect(pointerLocation('', '/a')).toBeUndefined();
  });
});
