import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../../engine/definition/parseJsonText';

describe('parseJsonText', () => {
  it('parses valid JSON, also after a byte order mark', () => {
    expect(parseJsonText('{"a":1}', 'x.json')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJsonText('\uFEFF[1]', 'x.json')).toEqual({ ok: true, value: [1] });
  });

  it('reports a syntax error with its line and column', () => {
    expect(parseJsonText('{\n  "a": 1,\n}', 'forms/x/flow.json')).toEqual({
      ok: false,
      problem: { file: 'forms/x/flow.json', pointer: '', rule: 'invalid-json', severity: 'error', message: 'invalid JSON at line 3, column 1: Expected double-quoted property name' },
    });
  });

  it('reports a file that ends too early at its end', () => {
    expect(parseJsonText('{\n  "a": [1,', 'x.json')).toEqual({
      ok: false,
      problem: { file: 'x.json', pointer: '', rule: 'invalid-json', severity: 'error', message: 'invalid JSON at line 2, column 11: Unexpected end of JSON input' },
    });
  });
});
