import { describe, expect, it } from 'vitest';
import { writeDraft } from '../../../engine/drafts/writeDraft';
import type { Attachment } from '../../../engine/submission/types';
import { definition } from '../../fixtures/session/definition';

const file = (id: string, size: number): Attachment => ({
  id,
  filename: `${id}.pdf`,
  mediaType: 'application/pdf',
  size,
  sha256: '0'.repeat(64),
  evidenceId: 'umzug:mietvertrag',
  bytes: new Uint8Array(size).fill(65),
});

describe('writeDraft', () => {
  it('writes the versioned draft with file bytes as base64 within the budget', () => {
    const draft = writeDraft({
      definition,
      answers: { person: { name: 'Erika' } },
      current: 'auswahl',
      evidenceMarks: {},
      attachments: [file('a', 3), file('b', 5), file('c', 2)],
      savedAt: new Date('2026-03-10T10:00:00Z'),
      startedAt: new Date('2026-03-10T09:00:00Z'),
      fileBytes: 6,
    });
    expect(draft).toEqual({
      format: 1,
      formId: 'umzugstest',
      formVersion: '1.2.0',
      savedAt: '2026-03-10T10:00:00.000Z',
      startedAt: '2026-03-10T09:00:00.000Z',
      answers: { person: { name: 'Erika' } },
      current: 'auswahl',
      evidenceMarks: {},
      attachments: [
        { id: 'a', filename: 'a.pdf', mediaType: 'application/pdf', size: 3, sha256: '0'.repeat(64), evidenceId: 'umzug:mietvertrag', bytes: 'QUFB' },
        { id: 'b', filename: 'b.pdf', mediaType: 'application/pdf', size: 5, sha256: '0'.repeat(64), evidenceId: 'umzug:mietvertrag' },
        { id: 'c', filename: 'c.pdf', mediaType: 'application/pdf', size: 2, sha256: '0'.repeat(64), evidenceId: 'umzug:mietvertrag', bytes: 'QUE=' },
      ],
    });
  });
});
