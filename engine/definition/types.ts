import type { Condition } from '../conditions/types';

/** Answers of one form: one top-level property per step, named like the step. */
export type Answers = Record<string, unknown>;

/** A JSON Schema (draft 2020-12 subset that our validators and renderers support). */
export type JsonSchema = Record<string, unknown>;

/** A JSON Forms UI schema element (kept loose here; the renderer types it fully). */
export type UiSchema = { type: string; [key: string]: unknown };

export type FormKind = 'antrag' | 'anlage' | 'mitteilung' | 'widerspruch' | 'nachricht';

/**
 * Identity levels, ascending. `keine`: anonymous; `basis`: BundID user name and password;
 * `substanziell`: e.g. ELSTER certificate; `hoch`: eID (Online-Ausweis).
 */
export type IdentityLevel = 'keine' | 'basis' | 'substanziell' | 'hoch';
export const IDENTITY_LEVELS: readonly IdentityLevel[] = ['keine', 'basis', 'substanziell', 'hoch'];

/** A rule that raises the identity level needed when its condition holds. */
export interface IdentityRule {
  id: string;
  when: Condition;
  level: IdentityLevel;
  /** i18n key of the plain-language reason */
  reason: string;
}

/** A rule bringing in an Anlage: once, or once per item of an array (`forEach`). */
export interface AnlageRule {
  id: string;
  /** Anlage code, e.g. "KDU", "EK" */
  anlage: string;
  /** JSON pointer of an array in the answers (e.g. "/personen/liste"); item paths then start with "./" */
  forEach?: string;
  when: Condition;
  /** i18n key of the plain-language reason */
  reason: string;
}

/** A Nachweis rule: when the condition holds, the listed documents are required. */
export interface EvidenceRule {
  id: string;
  forEach?: string;
  when: Condition;
  /** document kinds from forms/shared/document-kinds.json */
  documents?: string[];
  /** with `forEach`: the item's field naming the document kind (`./document`), instead of `documents` */
  documentFrom?: string;
  /** the documents may be uploaded but need not be (free attachments) */
  optional?: boolean;
  /** i18n key of the plain-language reason */
  reason: string;
}

export interface UploadLimits {
  /** accepted media types, e.g. application/pdf, image/jpeg, image/png */
  accept: string[];
  maxFileBytes: number;
  maxTotalBytes: number;
}

/**
 * A value the engine computes from answers with a named function (e.g. the Widerspruch deadline).
 * Conditions read it as `/$computed/<id>/…`; `plan()` reports it.
 */
export interface ComputedValue {
  id: string;
  /** a function of engine/computed/computations.ts, e.g. "widerspruchFrist" */
  function: string;
  /** the function's input name → JSON pointer of the answer that feeds it */
  inputs: Record<string, string>;
  /** fixed settings of the function that an author may change (e.g. a limit of days) */
  options?: Record<string, unknown>;
}

/** forms/<id>/form.json */
export interface FormManifest {
  id: string;
  version: string;
  /** the paper edition this form follows, e.g. "BA VÄM 01/2025" */
  edition: string;
  /** where the content was taken from, in words */
  source: string;
  kind: FormKind;
  /** `kanal`: JSON pointer of the routing channel (e-akte, postfach, service-center), copied into the submission */
  routing: { anliegensart: string; kanal?: string };
  /** JSON Schema of what the host provides, read as `/$context/…` (a jobcenter's configuration, an earlier submission) */
  context?: JsonSchema;
  /** the identity level the form needs at least */
  identityLevel: IdentityLevel;
  identityRules?: IdentityRule[];
  anlagen?: AnlageRule[];
  /**
   * what every Anlage instance this form brings in may read besides its person: context name →
   * JSON pointer in this form's answers (e.g. `{ "haushalt": "/$computed/haushalt" }`)
   */
  anlagenContext?: Record<string, string>;
  /**
   * document kinds a person has only once (ID card, Meldebescheinigung, rental contract): an
   * Anlage instance does not ask again for one the form or an earlier instance already asks of
   * the same person; other kinds are asked by every rule that needs them
   */
  evidenceOncePerPerson?: string[];
  computed?: ComputedValue[];
  /**
   * a part someone else fills on paper (the employer's Einkommensbescheinigung): the steps a
   * blank copy to print shows; a Label with `"options": { "download": "vordruck" }` offers it
   */
  vordruck?: { steps: string[] };
  uploads: UploadLimits;
  locales: string[];
}

/** XState machine config as JSON: one state per step, guards `{ type: "when", params: Condition }`. */
export interface FlowConfig {
  id: string;
  initial: string;
  states: Record<string, FlowState>;
}

export type FlowTransition = string | { target: string; guard?: FlowGuard };
export interface FlowGuard {
  type: 'when';
  params: Condition;
}
export interface FlowState {
  type?: 'final';
  on?: { NEXT?: FlowTransition | FlowTransition[] };
  /** eventless transitions: used to skip a step that does not apply */
  always?: FlowTransition | FlowTransition[];
}

/** Flat i18n dictionary: key → text. */
export type Messages = Record<string, string>;

/** forms/<id>/scenarios/*.json */
export interface Scenario {
  title: string;
  today: string;
  answers: Answers;
  /** what the host or including form provides, read as `/$context/…` (an Anlage's person and household) */
  context?: Record<string, unknown>;
  expect: {
    steps: string[];
    /** `key`: the instance (person id or "bg") — when given, Anlagen are compared by key instead of item */
    anlagen: { anlage: string; item?: number; key?: string }[];
    /** `anlage` and `key`: a Nachweis of an Anlage instance */
    evidence: { document: string; item?: number; anlage?: string; key?: string }[];
    identityLevel?: IdentityLevel;
    /** computed id → the fields of its value that must match exactly (others are not compared) */
    computed?: Record<string, Record<string, unknown>>;
  };
}

/** A validation problem: data, never an exception. `path` is a JSON pointer from the answers root. */
export interface ValidationIssue {
  code: string;
  path: string;
  params: Record<string, unknown>;
}

/** Validates the answers of one step (the value at `/<stepId>`). */
export type StepValidator = (stepAnswers: unknown) => ValidationIssue[];

/** A loaded form: all files of forms/<id>/ plus compiled step validators. */
export interface FormDefinition {
  manifest: FormManifest;
  schema: JsonSchema;
  flow: FlowConfig;
  /** step id → UI schema (forms/<id>/ui/<step>.json) */
  ui: Record<string, UiSchema>;
  /** locale → messages: the form's own texts merged over forms/shared/i18n */
  messages: Record<string, Messages>;
  evidence: EvidenceRule[];
  /** document kind ids known to the project */
  documentKinds: string[];
  validators: Record<string, StepValidator>;
  /**
   * the Anlagen this form can bring in, by code (`EK`), each a loaded `kind: "anlage"` form; their
   * texts are also in `messages` with the prefix `<CODE>:` (see withAnlagen)
   */
  modules?: Record<string, FormDefinition>;
}
