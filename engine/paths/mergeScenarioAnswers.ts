import type { Answers, Scenario } from '../definition/types';
import { isRecord } from '../util/isRecord';

/** What merging scenarios gives: an answer set with a title and an application date. */
export interface MergedAnswers {
  /** the scenario titles joined with " + " */
  title: string;
  /** the latest `today` of the scenarios (ISO dates sort as text) */
  today: string;
  answers: Answers;
}

/**
 * Merges the answers of several scenarios into one answer set, deeply, later scenarios winning:
 * objects are merged key by key, two arrays of plain values (the choices of a multiple-choice
 * question such as `/auswahl/aenderungen`) are unioned in first-seen order, and anything else
 * (text, numbers, lists of objects such as persons) is taken from the later scenario. The inputs
 * are not changed.
 *
 * Meant for robustness tests: scenarios that each walk one branch combine into answers for a
 * path none of them walks. The result is not guaranteed to be valid (a later scenario's date
 * may lie before the merged `today`), which is fine for checking that nothing throws.
 *
 * @example
 * mergeScenarioAnswers([umzug, bankverbindung]).answers.auswahl;
 * // { aenderungen: ['umzug', 'bankverbindung'] }
 */
export function mergeScenarioAnswers(scenarios: readonly Pick<Scenario, 'title' | 'today' | 'answers'>[]): MergedAnswers {
  if (scenarios.length === 0) throw new Error('mergeScenarioAnswers: give at least one scenario');
  let answers: unknown = {};
  let today = '';
  for (const scenario of scenarios) {
    answers = merge(answers, scenario.answers);
    if (scenario.today > today) today = scenario.today;
  }
  return { title: scenarios.map((scenario) => scenario.title).join(' + '), today, answers: answers as Answers };
}

function merge(earlier: unknown, later: unknown): unknown {
  if (isRecord(earlier) && isRecord(later)) {
    const merged: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(earlier), ...Object.keys(later)])) {
      const value = Object.prototype.hasOwnProperty.call(later, key)
        ? Object.prototype.hasOwnProperty.call(earlier, key)
          ? merge(earlier[key], later[key])
          : copy(later[key])
        : copy(earlier[key]);
      // defineProperty so that a "__proto__" key stays a plain key, as in the JSON it came from
      Object.defineProperty(merged, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return merged;
  }
  if (Array.isArray(earlier) && Array.isArray(later) && earlier.every(isPlain) && later.every(isPlain)) {
    return [...new Set([...earlier, ...later])];
  }
  return copy(later);
}

function copy(value: unknown): unknown {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
}

function isPlain(value: unknown): boolean {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
