import type { Answers, FormDefinition } from '../definition/types';
import type { AnlageInstance, EvidenceStatus, PlannedEvidence, PlannedStep } from '../plan/types';
import { stepView } from '../plan/stepView';
import { instanceStepId } from './instanceStepId';
import { ANLAGEN_KEY } from './resolveStep';
import { stepAnswers } from './stepAnswers';
import { isRecord } from '../util/isRecord';

/** What one Anlage instance adds to the including form's plan. */
export interface InstancePlan {
  /** its question steps, ids `<CODE>:<key>:<step>` (its own summary is left out) */
  steps: PlannedStep[];
  /** its Nachweise, ids `<CODE>:<key>:<id>`, reasons as `<CODE>:<key of the Anlage's texts>` */
  evidence: PlannedEvidence[];
  /** its answers on its own path */
  pruned: Answers;
}

type PlanFunction = typeof import('../plan/plan').plan;

/**
 * Plans one Anlage instance with the Anlage's own flow on the instance's answers
 * (`/anlagen/<CODE>/<key>`) and its context, and names its steps and Nachweise so they can
 * stand in the including form's plan. `plan` is passed in because it calls this function.
 *
 * @example
 * planInstance(plan, hauptantrag, { anlage: 'EK', key: 'p0', context, rules: ['ek'] }, answers, '2026-03-10', {});
 * // { steps: [{ id: 'EK:p0:einkommen', title: 'EK:steps.einkommen.title', complete: false, instance: {…} }, …], evidence: […], pruned: {…} }
 */
export function planInstance(
  planForm: PlanFunction,
  definition: FormDefinition,
  instance: AnlageInstance,
  answers: Answers,
  today: string,
  statuses: Readonly<Record<string, EvidenceStatus>>,
): InstancePlan {
  const { anlage, key } = instance;
  const module = definition.modules?.[anlage];
  if (module === undefined) throw new Error(`forms/${definition.manifest.id}: Anlage ${anlage} is not included`);
  const prefix = instanceStepId(anlage, key, '');
  const own = stepAnswers(answers, [ANLAGEN_KEY, anlage, key]);
  const inner = planForm(module, isRecord(own) ? own : {}, {
    today,
    context: instance.context,
    evidenceStatus: Object.fromEntries(
      Object.entries(statuses)
        .filter(([id]) => id.startsWith(prefix))
        .map(([id, status]) => [id.slice(prefix.length), status]),
    ),
  });
  const person = instance.person;
  const steps = inner.steps
    .filter((step) => {
      const view = stepView(module.flow, step.id);
      return view === undefined || view === 'declaration';
    })
    .map((step) => ({
      id: instanceStepId(anlage, key, step.id),
      title: `${anlage}:${step.title}`,
      complete: step.complete,
      instance: { anlage, key, ...(person === undefined ? {} : { person }) },
    }));
  const evidence = inner.evidence.map((nachweis) => ({
    ...nachweis,
    id: `${prefix}${nachweis.id}`,
    anlage,
    key,
    ...(person === undefined ? {} : { person }),
    reason: `${anlage}:${nachweis.reason}`,
  }));
  return { steps, evidence, pruned: inner.pruned };
}
