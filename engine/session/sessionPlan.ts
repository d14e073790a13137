import type { Answers, FormDefinition } from '../definition/types';
import { plan } from '../plan/plan';
import type { Plan } from '../plan/types';
import { evidenceStatus } from '../submission/evidenceStatus';
import { withValidationToday } from '../validation/validationToday';
import { readyAttachments } from './readyAttachments';
import type { SessionContext } from './types';

interface Memo {
  definition: FormDefinition;
  today: string;
  current: string;
  statusKey: string;
  plan: Plan;
}

// One plan per answers object: answers are replaced (never mutated) on ANSWER, so a plan stays
// valid while the same object is current, and snapshots that only change the upload progress or
// the locale reuse it.
const memo = new WeakMap<Answers, Memo>();

/**
 * The plan of a session snapshot: path, progress, Anlagen, Nachweise with their status, pruned
 * answers, identity needed. Derived, never stored in context; memoised per answers object (and
 * current step and Nachweis status), so renderers may call it on every snapshot.
 *
 * @example
 * const p = sessionPlan(actor.getSnapshot());
 * p.progress; // { done: 2, total: 4 }
 */
export function sessionPlan(snapshot: { context: SessionContext }): Plan {
  const { env, answers, current, attachments, evidenceMarks } = snapshot.context;
  const status = evidenceStatus(readyAttachments(attachments), evidenceMarks);
  const statusKey = JSON.stringify(Object.entries(status).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const cached = memo.get(answers);
  if (
    cached !== undefined &&
    cached.definition === env.definition &&
    cached.today === env.today &&
    cached.current === current &&
    cached.statusKey === statusKey
  ) {
    return cached.plan;
  }
  // validators read the application date for date-past/date-future through a module clock
  const result = withValidationToday(env.today, () =>
    plan(env.definition, answers, { today: env.today, current, evidenceStatus: status, ...(env.context === undefined ? {} : { context: env.context }) }),
  );
  memo.set(answers, { definition: env.definition, today: env.today, current, statusKey, plan: result });
  return result;
}
