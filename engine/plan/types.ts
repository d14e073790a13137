import type { Answers, IdentityLevel } from '../definition/types';

export interface PlanOptions {
  /** ISO date YYYY-MM-DD: the application date */
  today: string;
  /** the step the citizen is on; decides `back` and which steps count as visited */
  current?: string;
  /** evidence ids the citizen uploaded or marked for later */
  evidenceStatus?: Record<string, EvidenceStatus>;
}

export interface PlannedStep {
  id: string;
  /** i18n key of the step title: `steps.<id>.title` */
  title: string;
  /** true when the step's answers pass its validator */
  complete: boolean;
}

export interface PlannedAnlage {
  anlage: string;
  /** the rule that brought it in */
  rule: string;
  /** index in the rule's forEach array, when per item */
  item?: number;
  /** i18n key of the reason */
  reason: string;
}

export type EvidenceStatus = 'missing' | 'uploaded' | 'later';

export interface PlannedEvidence {
  /** stable id: `<rule>:<document>` or `<rule>:<document>:<item>` */
  id: string;
  document: string;
  rule: string;
  item?: number;
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
  evidence: PlannedEvidence[];
  /** complete steps / all steps on the path (the final summary state not counted) */
  progress: { done: number; total: number };
  /** the answers of steps on the current path only */
  pruned: Answers;
  identity: { level: IdentityLevel; reasons: string[] };
  /** the form's computed values (`form.json` `computed`) from the pruned answers; absent ids could not be computed */
  computed: Record<string, unknown>;
}
