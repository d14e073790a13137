import type { IdentityLevel, Scenario, ValidationIssue } from '../definition/types';

/** One way a scenario's expectation and the engine's plan disagree. */
export type ScenarioDifference =
  | { what: 'steps'; expected: string[]; actual: string[] }
  | { what: 'anlagen'; expected: Scenario['expect']['anlagen']; actual: Scenario['expect']['anlagen'] }
  | { what: 'evidence'; expected: Scenario['expect']['evidence']; actual: Scenario['expect']['evidence'] }
  | { what: 'identityLevel'; expected: IdentityLevel; actual: IdentityLevel }
  /** a computed value's field differs (`actual` undefined when the value could not be computed) */
  | { what: 'computed'; field: string; expected: unknown; actual: unknown }
  /** the scenario's answers fail the validators of steps on the path (expected: no issues) */
  | { what: 'invalid'; expected: ValidationIssue[]; actual: ValidationIssue[] };

export interface ScenarioResult {
  title: string;
  passed: boolean;
  differences: ScenarioDifference[];
}
