import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../engine/drafts/draftFormat';
import { readDraft } from '../../../engine/drafts/readDraft';
import { definition, definitionV2 } from '../../fixtures/session/definition';

const draft: Draft = {
  format: 1,
  formId: 'umzugstest',
  formVersion: '1.2.0',
  savedAt: '2026-03-09T18:00:00.000Z',
  startedAt: '2026-03-09T17:45:00.000Z',
  answers: { person: { name: 'Erika' }, auswahl: { aenderungen: ['umzug'] } },
  current: 'umzug',
  evidenceMarks: { 'umzug:mietvertrag': 'later' },
  attachments: [],
};

describe('readDraft', () => {
  it('finds no draft when nothing is stored', () => {
    expect(readDraft(undefined, definition)).toEqual({ status: 'none' });
    expect(readDraft(null, definition)).toEqual({ status: 'none' });
  });

  it('reads a draft of the same form version as it is', () => {
    expect(readDraft(draft, definition)).toEqual({ status: 'ok', draft });
  });

  it.each([
    ['text that is no JSON object', 'kaputt{', 'the stored value is not an object'],
    ['an unknown format', { ...draft, format: 2 }, 'format 2 is not 1'],
    ['a draft of another form', { ...draft, formId: 'wba' }, 'the draft belongs to form "wba"'],
    ['answers that are no object', { ...draft, answers: [] }, 'answers is not an object'],
    ['a missing current step', { ...draft, current: undefined }, 'current is not a string'],
    ['marks other than "later"', { ...draft, evidenceMarks: { x: 'now' } }, 'evidenceMarks is not an object of "later" marks'],
    ['a file record without hash', { ...draft, attachments: [{ id: 'a', filename: 'a.pdf', mediaType: 'application/pdf', size: 1, evidenceId: 'x' }] }, 'attachments/0 is not a file record'],
  ])('calls %s corrupt', (_, raw, reason) => {
    expect(readDraft(raw, definition)).toEqual({ status: 'corrupt', reason });
  });

  it('refuses a draft of another major version', () => {
    expect(readDraft(draft, definitionV2)).toEqual({ status: 'other-version', draftVersion: '1.2.0', formVersion: '2.0.0' });
  });

  it('migrates a draft of the same major version: unknown steps, rules and current step dropped', () => {
    const old = {
      ...draft,
      formVersion: '1.0.0',
      answers: { ...draft.answers, altschritt: { x: 1 }, nachweise: { y: 2 } },
      current: 'altschritt',
      evidenceMarks: { 'umzug:mietvertrag': 'later', 'altregel:lohn': 'later' },
      attachments: [
        { id: 'a', filename: 'lohn.pdf', mediaType: 'application/pdf', size: 3, sha256: 'a'.repeat(64), evidenceId: 'altregel:lohn' },
      ],
    };
    expect(readDraft(old, definition)).toEqual({
      status: 'ok',
      migratedFrom: '1.0.0',
      draft: {
        ...draft,
        formVersion: '1.0.0',
        answers: { person: { name: 'Erika' }, auswahl: { aenderungen: ['umzug'] } },
        current: 'person',
        evidenceMarks: { 'umzug:mietvertrag': 'later' },
        attachments: [],
      },
    });
  });
});
