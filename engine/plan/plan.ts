import type { Answers, FormDefinition } from '../definition/types';
import { computeValues } from '../computed/computeValues';
import { withComputed } from '../computed/withComputed';
import { anlageInstances } from '../modules/anlageInstances';
import { planInstance } from '../modules/planInstance';
import { ANLAGEN_KEY } from '../modules/resolveStep';
import { withContext } from '../modules/withContext';
import { guardAnswers } from './guardAnswers';
import { blockedIssue } from './stepBlock';
import { APPLICANT_ID } from '../household/deriveHousehold';
import { anlageMatches } from './planAnlagen';
import { planEvidence } from './planEvidence';
import { prune } from './prune';
import { requiredIdentity } from './requiredIdentity';
import { stepComplete } from './stepComplete';
import { stepView } from './stepView';
import type { Plan, PlanOptions, PlannedEvidence, PlannedStep } from './types';
import { walkFlow } from './walkFlow';

/**
 * What the answers mean for the rest of the form: the path of steps (simulated with XState from
 * the start, so skipped steps and abandoned branches are not on it), which steps are complete,
 * back and next from `options.current`, the pruned answers, and, computed from the pruned
 * answers only, the Anlagen, the Nachweise with their status and the identity level needed.
 *
 * Anlagen the form includes as modules are planned as instances (one per person or once per
 * household) with the Anlage's own flow; their steps (`EK:p2:einkommen`) follow the step with
 * view `anlagen`, their answers live at `/anlagen/<CODE>/<key>`, their Nachweise join the list.
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
  const { today, context } = options;
  const statuses = options.evidenceStatus ?? {};
  // guards may read computed values (`/$computed/frist/late`) and the context; both are derived, never stored
  const guarded = guardAnswers(manifest, answers, today, context);
  const path = walkFlow(flow, manifest.id, { answers: guarded, today });
  const ownPruned = prune(flow, path, answers);
  const computed = computeValues(manifest, withContext(ownPruned, context), today);
  const seen = withContext(withComputed(ownPruned, computed), context);
  const scope = { answers: seen, today };
  const matches = anlageMatches(manifest.anlagen ?? [], scope);
  const anlagen = matches.map(({ planned }) => planned);
  const anlagenStep = path.find((id) => stepView(flow, id) === 'anlagen');
  const instances = anlagenStep === undefined ? [] : anlageInstances(definition, matches, seen, today);
  const instancePlans = instances.map((instance) => planInstance(plan, definition, instance, answers, today, statuses));
  const evidence = onceEach(planEvidence(definition.evidence, scope, statuses), instancePlans.map((p) => p.evidence), manifest.evidenceOncePerPerson ?? []);
  const identity = requiredIdentity(manifest, scope);

  const steps: PlannedStep[] = path.flatMap((id) => {
    // a blocked step (flow.json meta.blockWhen) is not done, however valid its answers
    const complete = stepComplete(definition, id, ownPruned, evidence) && blockedIssue(flow, id, guarded, today) === undefined;
    const own: PlannedStep = { id, title: `steps.${id}.title`, complete };
    return id === anlagenStep ? [own, ...instancePlans.flatMap((p) => p.steps)] : [own];
  });
  // the walk ends in the final state, the summary: it is where the progress leads, not a part of it
  const counted = steps.filter((step, index) => index < steps.length - 1 && stepView(flow, step.id) !== 'summary');
  const progress = { done: counted.filter((step) => step.complete).length, total: counted.length };

  const ids = steps.map((step) => step.id);
  const at = options.current === undefined ? -1 : ids.indexOf(options.current);
  const back = at > 0 ? ids[at - 1] : undefined;
  const next = at >= 0 ? ids[at + 1] : undefined;

  const pruned = instances.length === 0 ? ownPruned : { ...ownPruned, [ANLAGEN_KEY]: instancesAnswers(instances, instancePlans) };

  return {
    steps,
    ...(back === undefined ? {} : { back }),
    ...(next === undefined ? {} : { next }),
    anlagen,
    instances,
    evidence,
    progress,
    pruned,
    identity,
    computed,
  };
}

function instancesAnswers(instances: Plan['instances'], plans: { pruned: Answers }[]): Record<string, Record<string, Answers>> {
  const byAnlage: Record<string, Record<string, Answers>> = {};
  instances.forEach(({ anlage, key }, index) => {
    (byAnlage[anlage] ??= {})[key] = plans[index]?.pruned ?? {};
  });
  return byAnlage;
}

/**
 * Papers a person has only once (form.json `evidenceOncePerPerson`: ID card, Meldebescheinigung,
 * rental contract) are asked once per person: an Anlage instance's Nachweis of such a kind is
 * left out when the form or an earlier instance already asks it of the same person — the form's
 * once-only rules speak for the household and the applicant (`p0`). Other kinds, and everything
 * within one instance or in the form's own list, stay: two Unterhaltsnachweise of different
 * payers are different papers.
 */
function onceEach(own: PlannedEvidence[], instances: PlannedEvidence[][], oncePerPerson: readonly string[]): PlannedEvidence[] {
  const once = new Set(oncePerPerson);
  const asked = new Set<string>();
  for (const nachweis of own) {
    if (nachweis.item !== undefined || !once.has(nachweis.document)) continue;
    asked.add(`${nachweis.document}|bg`);
    asked.add(`${nachweis.document}|${APPLICANT_ID}`);
  }
  const kept = [...own];
  for (const list of instances) {
    const whose = (nachweis: PlannedEvidence) => `${nachweis.document}|${nachweis.key ?? 'bg'}`;
    kept.push(...list.filter((nachweis) => !once.has(nachweis.document) || !asked.has(whose(nachweis))));
    for (const nachweis of list) if (once.has(nachweis.document)) asked.add(whose(nachweis));
  }
  return kept;
}
