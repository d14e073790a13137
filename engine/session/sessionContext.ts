import { plan } from '../plan/plan';
import { withValidationToday } from '../validation/validationToday';
import type { SessionContext, SessionEnv } from './types';

/**
 * The context a session starts with: no answers, on the first step of the path (the flow's
 * initial state may be skipped), identity `keine`, drafts off until a draft was looked for.
 *
 * @example
 * sessionContext(env).current; // 'person'
 */
export function sessionContext(env: SessionEnv): SessionContext {
  const answers = {};
  const first = withValidationToday(env.today, () => plan(env.definition, answers, { today: env.today, ...(env.context === undefined ? {} : { context: env.context }) })).steps[0];
  if (first === undefined) throw new Error(`forms/${env.definition.manifest.id}/flow.json: the path has no steps`);
  return {
    env,
    answers,
    current: first.id,
    issues: [],
    attachments: [],
    evidenceMarks: {},
    identity: { level: 'keine' },
    locale: env.locale,
    startedAt: env.now().toISOString(),
    draft: { loaded: { status: 'none' }, save: { status: 'off' }, autosave: false },
    submission: undefined,
    identityThenSubmit: false,
    error: undefined,
  };
}
