import type { Answers, IdentityLevel } from '../definition/types';

export interface PlanOptions {
  /** ISO date YYYY-MM-DD: the application date */
  today: string;
  /** the step the citizen is on; decides `back` and which steps count as visited */
  current?: string;
  /** evidence ids the citizen uploaded or marked for later */
  evidenceStatus?: Record<string, EvidenceStatus>;
  /** read-only data from the host or the including form, read as `/$context/…` */
  context?: Record<string, unknown>;
}

export interface PlannedStep {
  id: string;
  /** i18n key of the step title: `steps.<id>.title` */
  title: string;
  /** true when the step's answers pass its validator */
  complete: boolean;
  /** for a step of an Anlage instance (id `<CODE>:<key>:<step>`): which instance */
  instance?: { anlage: string; key: string; person?: string };
}

export interface PlannedAnlage {
  anlage: string;
  /** the rule that brought it in */
  rule: string;
  /** index in the rule's forEach array, when per item */
  item?: number;
  /** the instance: the item's `id` (a person) for per-item rules, else `bg` (once per household) */
  key: string;
  /** the item's name (`vorname nachname`, or `name`), for per-item rules on persons */
  person?: string;
  /** the item's `alter` (age at the application date), when it has one */
  alter?: number;
  /** i18n key of the reason */
  reason: string;
}

/** An Anlage brought in for someone, with its own answers at `/anlagen/<anlage>/<key>`. */
export interface AnlageInstance {
  anlage: string;
  key: string;
  /** what the instance reads as `/$context/…`: `person` (per-person), the form's `anlagenContext`, `antragsdatum` */
  context: Record<string, unknown>;
  /** the rules that brought it in */
  rules: string[];
  /** the person's name, for headings */
  person?: string;
}

export type EvidenceStatus = 'missing' | 'uploaded' | 'later';

export interface PlannedEvidence {
  /** stable id: `<rule>:<document>` or `<rule>:<document>:<item>` */
  id: string;
  document: string;
  rule: string;
  item?: number;
  /** for a Nachweis of an Anlage instance */
  anlage?: string;
  key?: string;
  /** whose Nachweis it is: the instance's person */
  person?: string;
  /** may be uploaded, need not be: never keeps the checklist from being done */
  optional?: true;
  /** for a Nachweis named by an item (`documentFrom`): the item's id, e.g. the earlier submission's Nachweis */
  bezug?: string;
  reason: string;
  status: EvidenceStatus;
}

export interface Plan {
  /** the steps on the current path, in order, ending with the summary (final) state */
  steps: PlannedStep[];
  /** the previous step on the current path before `options.current`, if any */
  back?: string;
  /** the step after `options.current` on the current path, if any */
  next?: string;
  anlagen: PlannedAnlage[];
  /** the Anlagen filled within this form (those with a module, once a step with view `anlagen` is on the path) */
  instances: AnlageInstance[];
  evidence: PlannedEvidence[];
  /** complete steps / all steps on the path (the final summary state not counted) */
  progress: { done: number; total: number };
  /** the answers of steps on the current path only */
  pruned: Answers;
  identity: { level: IdentityLevel; reasons: string[] };
  /** the form's computed values (`form.json` `computed`) from the pruned answers; absent ids could not be computed */
  computed: Record<string, unknown>;
}
