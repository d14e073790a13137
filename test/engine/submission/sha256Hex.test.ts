import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../engine/submission/sha256Hex';

describe('sha256Hex', () => {
  it('hashes the UTF-8 of a string (FIPS 180-2 test vector "abc")', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes only the bytes a view covers', async () => {
    const buffer = new Uint8Array([9, 1, 2, 3, 9]);
    expect(await sha256Hex(buffer.subarray(1, 4))).toBe(createHash('sha256').update(Uint8Array.from([1, 2, 3])).digest('hex'));
  });
});
