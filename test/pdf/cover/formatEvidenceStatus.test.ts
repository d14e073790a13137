import { describe, expect, it } from 'vitest';
import { formatEvidenceStatus } from '../../../pdf/cover/formatEvidenceStatus';

describe('formatEvidenceStatus', () => {
  it('prints each status as the checklist shows it', () => {
    expect(formatEvidenceStatus({ kind: 'uploaded', filenames: ['a.pdf', 'b.png'] })).toBe('hochgeladen: a.pdf, b.png');
    expect(formatEvidenceStatus({ kind: 'uploaded', filenames: [] })).toBe('hochgeladen');
    expect(formatEvidenceStatus({ kind: 'later' })).toBe('wird nachgereicht');
    expect(formatEvidenceStatus({ kind: 'missing' })).toBe('fehlt');
  });
});
