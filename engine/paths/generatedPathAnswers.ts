import type { FormDefinition, Scenario } from '../definition/types';
import { plan } from '../plan/plan';
import { mergeScenarioAnswers } from './mergeScenarioAnswers';
import type { GeneratedPathAnswers } from './types';

export interface GeneratedPathAnswersOptions {
  /** how many answer sets to make at most */
  count: number;
}

/**
 * Answer sets for paths the scenarios do not walk, made by merging scenario answers
 * (`mergeScenarioAnswers`): first every pair of scenarios, neighbours in the order given first
 * (1+2, 2+3, …, then 1+3, 2+4, …, so the first sets draw on many scenarios), then all scenarios
 * together. A merge is kept when `plan` walks a path that no scenario and no earlier
 * merge walks, until `count` sets are found. For the VÄM, two single-change scenarios give a
 * path with both changes; the merge of all gives the path through every step.
 *
 * Deterministic for the same scenarios in the same order. Fewer than `count` sets come back
 * when the merges reach no more new paths.
 *
 * @example
 * generatedPathAnswers(definition, scenarios, { count: 3 }).map((g) => g.from);
 * // [['02-einzug-…', '03-geburt-zwillinge'], ['03-geburt-zwillinge', '04-arbeitsaufnahme'], …]
 */
export function generatedPathAnswers(
  definition: FormDefinition,
  scenarios: Readonly<Record<string, Scenario>>,
  options: GeneratedPathAnswersOptions,
): GeneratedPathAnswers[] {
  const named = Object.entries(scenarios);
  const pathOf = (answers: Scenario['answers'], today: string) =>
    plan(definition, answers, { today }).steps.map((step) => step.id);
  const seen = new Set(named.map(([, scenario]) => pathOf(scenario.answers, scenario.today).join(' ')));
  const found: GeneratedPathAnswers[] = [];

  for (const group of groups(named.length)) {
    if (found.length >= options.count) break;
    const members = group.map((index) => named[index]).filter((entry) => entry !== undefined);
    const merged = mergeScenarioAnswers(members.map(([, scenario]) => scenario));
    const steps = pathOf(merged.answers, merged.today);
    const key = steps.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({ ...merged, from: members.map(([name]) => name), steps });
  }
  return found;
}

/** Index groups to merge, lazily: every pair, by distance (neighbours first), then all of them. */
function* groups(size: number): Generator<number[]> {
  for (let distance = 1; distance < size; distance++) {
    for (let a = 0; a + distance < size; a++) yield [a, a + distance];
  }
  if (size > 2) yield Array.from({ length: size }, (_, index) => index);
}
