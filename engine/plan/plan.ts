import type { Answers, FormDefinition } from '../definition/types';
import { computeValues } from '../computed/computeValues';
import { withComputed } from '../computed/withComputed';
import { planAnlagen } from './planAnlagen';
import { planEvidence } from './planEvidence';
import { prune } from './prune';
import { requiredIdentity } from './requiredIdentity';
import { stepComplete } from './stepComplete';
import { stepView } from './stepView';
import type { Plan, PlanOptions, PlannedStep } from './types';
import { walkFlow } from './walkFlow';

/**
 * What the answers mean for the rest of the form: the path of steps (simulated with XState from
 * the start, so skipped steps and abandoned branches are not on it), which steps are complete,
 * back and next from `options.current`, the pruned answers, and, computed from the pruned
 * answers only, the Anlagen, the Nachweise with their status and the identity level needed.
 *
 * Pure and cheap enough to run on every change: UI, PDF, CLI and tests all call it and agree.
 *
 * @example
 * const p = plan(definition, answers, { today: '2026-03-10', current: 'umzug' });
 * p.steps.map((s) => s.id); // ['person', 'auswahl', 'umzug', 'nachweise', 'zusammenfassung']
 * p.back;                   // 'auswahl'
 * p.progress;               // { done: 2, total: 4 }
 */
export function plan(definition: FormDefinition, answers: Answers, options: PlanOptions): Plan {
  const { flow, manifest } = definition;
  // guards may read computed values (`/$computed/frist/late`); they are derived, never stored
  const path = walkFlow(flow, manifest.id, { answers: withComputed(answers, computeValues(manifest, answers, options.today)), today: options.today });
  const pruned = prune(flow, path, answers);
  const computed = computeValues(manifest, pruned, options.today);
  const scope = { answers: withComputed(pruned, computed), today: options.today };
  const anlagen = planAnlagen(manifest.anlagen ?? [], scope);
  const evidence = planEvidence(definition.evidence, scope, options.evidenceStatus ?? {});
  const identity = requiredIdentity(manifest, scope);

  const steps: PlannedStep[] = path.map((id) => ({
    id,
    title: `steps.${id}.title`,
    complete: stepComplete(definition, id, pruned, evidence),
  }));
  // the walk ends in the final state, the summary: it is where the progress leads, not a part of it
  const counted = steps.filter((step, index) => index < steps.length - 1 && stepView(flow, step.id) !== 'summary');
  const progress = { done: counted.filter((step) => step.complete).length, total: counted.length };

  const at = options.current === undefined ? -1 : path.indexOf(options.current);
  const back = at > 0 ? path[at - 1] : undefined;
  const next = at >= 0 ? path[at + 1] : undefined;

  return {
    steps,
    ...(back === undefined ? {} : { back }),
    ...(next === undefined ? {} : { next }),
    anlagen,
    evidence,
    progress,
    pruned,
    identity,
    computed,
  };
}
