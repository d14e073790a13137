import type { FormDefinition } from '../definition/types';
import { ownsAnswers } from '../plan/ownsAnswers';
import { DRAFT_FORMAT, type Draft, type DraftAttachment, type ReadDraftResult } from './draftFormat';
import { isRecord } from '../util/isRecord';

const MEDIA_TYPES: readonly string[] = ['application/pdf', 'image/jpeg', 'image/png'];
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Reads what a draft storage returned, as data: `none` when nothing is stored, `corrupt` with a
 * reason when it is no draft of this form, `other-version` when it was saved with another major
 * version of the form (answers may mean something else there), or `ok`. A draft of the same
 * major version but another minor/patch is migrated: answers of steps the form no longer has
 * are dropped, as are "later" marks and files of Nachweis rules it no longer has, and an unknown
 * current step becomes the first step (the session then moves it onto the path).
 *
 * @example
 * readDraft(await drafts.load('formflow.draft.vaem'), definition);
 * // { status: 'ok', draft } | { status: 'none' } | { status: 'corrupt', reason: 'answers is not an object' } | …
 */
export function readDraft(raw: unknown, definition: FormDefinition): ReadDraftResult {
  if (raw === undefined || raw === null) return { status: 'none' };
  if (!isRecord(raw)) return corrupt('the stored value is not an object');
  if (raw['format'] !== DRAFT_FORMAT) return corrupt(`format ${JSON.stringify(raw['format'])} is not ${DRAFT_FORMAT}`);
  const { manifest } = definition;
  if (raw['formId'] !== manifest.id) return corrupt(`the draft belongs to form ${JSON.stringify(raw['formId'])}`);

  const problem = shapeProblem(raw);
  if (problem !== undefined) return corrupt(problem);
  const draft = raw as unknown as Draft;

  if (draft.formVersion === manifest.version) return { status: 'ok', draft };
  if (major(draft.formVersion) !== major(manifest.version)) {
    return { status: 'other-version', draftVersion: draft.formVersion, formVersion: manifest.version };
  }
  return { status: 'ok', draft: migrate(draft, definition), migratedFrom: draft.formVersion };
}

function shapeProblem(raw: Record<string, unknown>): string | undefined {
  for (const field of ['formVersion', 'savedAt', 'startedAt', 'current'] as const) {
    if (typeof raw[field] !== 'string') return `${field} is not a string`;
  }
  if (!isRecord(raw['answers'])) return 'answers is not an object';
  const marks = raw['evidenceMarks'];
  if (!isRecord(marks) || Object.values(marks).some((mark) => mark !== 'later')) {
    return 'evidenceMarks is not an object of "later" marks';
  }
  const attachments = raw['attachments'];
  if (!Array.isArray(attachments)) return 'attachments is not an array';
  const bad = attachments.findIndex((attachment) => !isDraftAttachment(attachment));
  return bad < 0 ? undefined : `attachments/${bad} is not a file record`;
}

function isDraftAttachment(value: unknown): value is DraftAttachment {
  if (!isRecord(value)) return false;
  const { id, filename, mediaType, size, sha256, evidenceId, bytes } = value;
  return (
    typeof id === 'string' &&
    typeof filename === 'string' &&
    typeof mediaType === 'string' &&
    MEDIA_TYPES.includes(mediaType) &&
    typeof size === 'number' &&
    Number.isInteger(size) &&
    size >= 0 &&
    typeof sha256 === 'string' &&
    /^[0-9a-f]{64}$/.test(sha256) &&
    typeof evidenceId === 'string' &&
    (bytes === undefined || (typeof bytes === 'string' && BASE64.test(bytes)))
  );
}

function migrate(draft: Draft, definition: FormDefinition): Draft {
  const { flow } = definition;
  const isStep = (id: string) => Object.prototype.hasOwnProperty.call(flow.states, id);
  const rules = new Set(definition.evidence.map((rule) => rule.id));
  const ruleKnown = (evidenceId: string) => rules.has(evidenceId.split(':')[0] ?? '');
  return {
    ...draft,
    answers: Object.fromEntries(Object.entries(draft.answers).filter(([step]) => isStep(step) && ownsAnswers(flow, step))),
    evidenceMarks: Object.fromEntries(Object.entries(draft.evidenceMarks).filter(([id]) => ruleKnown(id))),
    attachments: draft.attachments.filter((attachment) => ruleKnown(attachment.evidenceId)),
    current: isStep(draft.current) ? draft.current : flow.initial,
  };
}

/** The major version: the number before the first dot, or the whole string if it is no semver. */
function major(version: string): string {
  return /^(\d+)\./.exec(version)?.[1] ?? version;
}

function corrupt(reason: string): ReadDraftResult {
  return { status: 'corrupt', reason };
}
