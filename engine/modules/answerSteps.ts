import type { Answers } from '../definition/types';
import { instanceStepId } from './instanceStepId';
import { ANLAGEN_KEY } from './resolveStep';
import { isRecord } from '../util/isRecord';

/**
 * A whole answers object as the session's `ANSWER` events take it: one `[step, value]` per own
 * step, and one per step of each Anlage instance (`EK:p0:arbeit`) from `answers.anlagen`, so a
 * host or a story can start a form with a scenario's answers.
 *
 * @example
 * answerSteps({ person: { vorname: 'A' }, anlagen: { EK: { p0: { arbeit: { beschaeftigt: false } } } } });
 * // [['person', { vorname: 'A' }], ['EK:p0:arbeit', { beschaeftigt: false }]]
 */
export function answerSteps(answers: Answers): [string, unknown][] {
  return Object.entries(answers).flatMap(([step, value]): [string, unknown][] => {
    if (step !== ANLAGEN_KEY || !isRecord(value)) return [[step, value]];
    return Object.entries(value).flatMap(([anlage, instances]) =>
      Object.entries(isRecord(instances) ? instances : {}).flatMap(([key, steps]) =>
        Object.entries(isRecord(steps) ? steps : {}).map(([inner, stepValue]): [string, unknown] => [instanceStepId(anlage, key, inner), stepValue]),
      ),
    );
  });
}
