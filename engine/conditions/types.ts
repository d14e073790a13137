/**
 * The closed, serialisable condition vocabulary. Flows, Anlage rules, Nachweis rules and
 * identity rules all use it. An unknown `type` is a definition error, never silently true.
 *
 * Paths are JSON pointers into the answers: `/umzug/datum` starts at the answers root;
 * `./geburtsdatum` starts at the current item where a rule runs `forEach` over an array
 * (or inside `some`/`count`).
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type CompareOperator = '<' | '<=' | '>' | '>=' | '==' | '!=';

/** A value a `compare` condition reads. */
export type Operand =
  /** a literal */
  | { value: Json }
  /** the answer at a path */
  | { path: string }
  /** whole years between the date (YYYY-MM-DD) at the path and `today` */
  | { ageAt: string }
  /** number of items of the array at the path, optionally only those matching `where` */
  | { count: string; where?: Condition }
  /** whole days from `today` to the date at the path (negative when it lies in the past) */
  | { daysFromToday: string };

/** The subset of JSON Schema that a `matches` condition may use (interpreted, no eval). */
export interface MatchSchema {
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'null';
  const?: Json;
  enum?: Json[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
}

export type Condition =
  | { type: 'always' }
  | { type: 'equals'; path: string; value: Json }
  | { type: 'oneOf'; path: string; values: Json[] }
  /** the array at the path contains the value (multiple choice) */
  | { type: 'includes'; path: string; value: Json }
  /**
   * the array at the path contains the value at `valuePath` (e.g. a "who?" question's person ids
   * contain the current person's id: `"valuePath": "./id"`); false when that value is missing
   */
  | { type: 'includes'; path: string; valuePath: string }
  /** the path holds a value other than undefined, null, '' or [] */
  | { type: 'answered'; path: string }
  | { type: 'compare'; left: Operand; op: CompareOperator; right: Operand }
  | { type: 'matches'; path: string; schema: MatchSchema }
  | { type: 'and'; conditions: Condition[] }
  | { type: 'or'; conditions: Condition[] }
  | { type: 'not'; condition: Condition }
  /** some item of the array at the path satisfies `where` (paths in `where` start with `./`) */
  | { type: 'some'; path: string; where: Condition };

export type ConditionType = Condition['type'];

/** What a condition is evaluated against. */
export interface ConditionScope {
  answers: Record<string, unknown>;
  /** the current item for `./` paths (a person in a `forEach` rule) */
  item?: unknown;
  /** ISO date YYYY-MM-DD: the application date against which ages and deadlines are taken */
  today: string;
}
