import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../../engine/drafts/base64';

describe('base64', () => {
  it('round-trips bytes and refuses text that is no base64', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    expect(toBase64(bytes)).toBe('AAEC+v8=');
    expect(fromBase64('AAEC+v8=')).toEqual(bytes);
    expect(fromBase64('***')).toBeUndefined();
  });
});
