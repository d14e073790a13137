import type { FormDefinition } from '../definition/types';
import { parseInstanceStepId } from './instanceStepId';

/** Where a step of the path is defined and where its answers live. */
export interface StepRef {
  /** the form whose flow, schema, UI, texts and validators define the step (the form or an Anlage) */
  definition: FormDefinition;
  /** the step's id within that form */
  step: string;
  /** the path of its answers from the including form's answers root */
  at: string[];
  /** the Anlage instance, for an instance step */
  instance?: { anlage: string; key: string };
}

/**
 * Resolves a step id of the path: an own step is itself; `EK:p2:einkommen` is the step
 * `einkommen` of the Anlage EK, answered at `/anlagen/EK/p2/einkommen`. Throws for an Anlage the
 * form does not include (a step id from elsewhere).
 *
 * @example
 * resolveStep(hauptantrag, 'EK:p2:einkommen');
 * // { definition: <EK>, step: 'einkommen', at: ['anlagen', 'EK', 'p2', 'einkommen'], instance: { anlage: 'EK', key: 'p2' } }
 */
export function resolveStep(definition: FormDefinition, stepId: string): StepRef {
  const parts = parseInstanceStepId(stepId);
  if (parts === undefined) return { definition, step: stepId, at: [stepId] };
  const module = definition.modules?.[parts.anlage];
  if (module === undefined) {
    throw new Error(`forms/${definition.manifest.id}: step "${stepId}" belongs to Anlage ${parts.anlage}, which this form does not include`);
  }
  return {
    definition: module,
    step: parts.step,
    at: [ANLAGEN_KEY, parts.anlage, parts.key, parts.step],
    instance: { anlage: parts.anlage, key: parts.key },
  };
}

/** The answers property holding the Anlage instances: `/anlagen/<CODE>/<key>/<step>`. */
export const ANLAGEN_KEY = 'anlagen';
