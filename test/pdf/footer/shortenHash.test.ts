import { describe, expect, it } from 'vitest';
import { shortenHash } from '../../../pdf/footer/shortenHash';

describe('shortenHash', () => {
  it('keeps the algorithm and the first 16 hex digits', () => {
    expect(shortenHash(`sha256:${'0123456789abcdef'.repeat(4)}`)).toBe('sha256:0123456789abcdef…');
  });

  it('leaves a short value unchanged', () => {
    expect(shortenHash('sha256:abc')).toBe('sha256:abc');
  });
});
