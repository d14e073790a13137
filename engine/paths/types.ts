import type { Condition } from '../conditions/types';
import type { Answers } from '../definition/types';

/**
 * One transition of flow.json. Its id names the state, the kind and, when the file holds a
 * list, the index: `umzug.always` (a single `always` object), `auswahl.NEXT.1` (the second entry
 * of a `NEXT` list). The id mirrors the JSON pointer of the transition in flow.json
 * (`#/states/auswahl/on/NEXT/1`), so an author finds it from a coverage report.
 */
export interface FlowEdge {
  id: string;
  /** the state the transition leaves */
  from: string;
  kind: 'always' | 'NEXT';
  /** position in the file's list; undefined when the file holds a single transition */
  index?: number;
  target: string;
  /** undefined for an unguarded transition (it always holds) */
  guard?: Condition;
  /** JSON pointer of the transition in flow.json */
  pointer: string;
}

/** A path through the flow: the steps shown, in order, and the transitions taken between them. */
export interface FlowPath {
  /** the states shown, from the first step to the final state; skipped states are not on it */
  steps: string[];
  /** the ids of the transitions taken, `always` skips included, in order */
  transitions: string[];
}

export interface PathEnumeration {
  paths: FlowPath[];
  /** true when the flow has more paths than `maxPaths` */
  truncated: boolean;
}

/** Which scenarios reach a step or take a transition. */
export interface CoverageEntry {
  id: string;
  covered: boolean;
  /** the names of the scenarios (their file names without .json), in the order given */
  scenarios: string[];
}

export interface ScenarioCoverage {
  /** every state of flow.json, in file order */
  steps: CoverageEntry[];
  /** every transition of flow.json, in file order (per state: `always` first, then `NEXT`) */
  transitions: CoverageEntry[];
  uncoveredSteps: string[];
  uncoveredTransitions: string[];
}

/** An answer set made from scenario answers, for a path the scenarios do not walk themselves. */
export interface GeneratedPathAnswers {
  /** the titles of the merged scenarios, joined with " + " */
  title: string;
  /** the names of the merged scenarios, in merge order */
  from: string[];
  /** the application date: the latest `today` of the merged scenarios */
  today: string;
  answers: Answers;
  /** the path plan() walks for these answers */
  steps: string[];
}
