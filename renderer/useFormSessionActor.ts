import { useEffect, useRef, useState } from 'react';
import type { Answers, FormDefinition } from '../engine/definition/types';
import { type FormSession, createFormSession } from '../engine/session/createFormSession';
import { answerSteps } from '../engine/modules/answerSteps';
import type { FormSessionOptions } from '../engine/session/types';

export interface SessionStart {
  /** answers to put into the session before showing it (stories, tests) */
  initialAnswers?: Answers;
  /** the step to show first (must be on the path of the answers) */
  initialStep?: string;
}

/**
 * Starts a session for the definition when the component mounts and stops it when it unmounts
 * (or the definition changes). Created in an effect, not during render, so React's strict mode
 * double mount starts and stops a throw-away session instead of leaking one. The options are
 * read when the session starts; later changes of the adapter objects are not followed.
 *
 * @example
 * const session = useFormSessionActor(definition, { today, locale: 'de', adapters }, {});
 * if (session === undefined) return null; // first render
 */
export function useFormSessionActor(definition: FormDefinition, options: FormSessionOptions, start: SessionStart): FormSession | undefined {
  const [session, setSession] = useState<FormSession | undefined>(undefined);
  const latest = useRef({ options, start });
  latest.current = { options, start };
  useEffect(() => {
    const { options: startOptions, start: startWith } = latest.current;
    const actor = createFormSession(definition, startOptions);
    const seed = (): boolean => {
      if (!actor.getSnapshot().matches('filling')) return false;
      for (const [step, value] of answerSteps(startWith.initialAnswers ?? {})) actor.send({ type: 'ANSWER', step, value });
      if (startWith.initialStep !== undefined) actor.send({ type: 'GO_TO', step: startWith.initialStep });
      return true;
    };
    // with drafts on, the session reaches `filling` only after the draft was looked for
    if (!seed()) {
      const subscription = actor.subscribe(() => {
        if (seed()) subscription.unsubscribe();
      });
    }
    setSession(actor);
    return () => {
      actor.stop();
      setSession(undefined);
    };
  }, [definition]);
  return session;
}
