import { describe, expect, it } from 'vitest';
import { assertNever } from '../../../engine/util/assertNever';

describe('assertNever', () => {
  it('throws the given message', () => {
    expect(() => assertNever('x' as never, 'unknown kind "x"; known: a, b')).toThrow('unknown kind "x"; known: a, b');
  });

  it('names the unexpected value by default', () => {
    expect(() => assertNever({ kind: 'z' } as never)).toThrow('unexpected value {"kind":"z"}');
  });
});
