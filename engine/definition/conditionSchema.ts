import type { ConditionType } from '../conditions/types';

/** JSON Schema of a condition path: absolute from the answers root, or relative to the current item. */
const path = {
  type: 'string',
  pattern: '^(\\.|\\.?/.+)$',
  description: 'a path into the answers like "/umzug/datum" (or "./geburtsdatum" and "." for the current item of forEach, some and count)',
};

const condition = { $ref: '#/$defs/condition' };

/** One schema per condition type; a Record so the compiler insists on every type of types.ts. */
const branches: Record<ConditionType, Record<string, unknown>> = {
  always: shape('always', {}, []),
  equals: shape('equals', { path, value: {} }, ['path', 'value']),
  oneOf: shape('oneOf', { path, values: { type: 'array', minItems: 1 } }, ['path', 'values']),
  // exactly one of value and valuePath: checkCondition says which is missing
  includes: shape('includes', { path, value: {}, valuePath: path }, ['path']),
  answered: shape('answered', { path }, ['path']),
  compare: shape(
    'compare',
    {
      left: { $ref: '#/$defs/operand' },
      op: { enum: ['<', '<=', '>', '>=', '==', '!='] },
      right: { $ref: '#/$defs/operand' },
    },
    ['left', 'op', 'right'],
  ),
  matches: shape('matches', { path, schema: { $ref: '#/$defs/matchSchema' } }, ['path', 'schema']),
  and: shape('and', { conditions: { type: 'array', minItems: 1, items: condition } }, ['conditions']),
  or: shape('or', { conditions: { type: 'array', minItems: 1, items: condition } }, ['conditions']),
  not: shape('not', { condition }, ['condition']),
  some: shape('some', { path, where: condition }, ['path', 'where']),
};

function shape(type: ConditionType, properties: Record<string, unknown>, required: string[]): Record<string, unknown> {
  return {
    properties: { type: { const: type }, ...properties },
    required: ['type', ...required],
    additionalProperties: false,
  };
}

/**
 * JSON Schema (draft 2020-12) of the condition vocabulary (`engine/conditions/types.ts`), used by
 * the definition checker on every condition in flows, UI schemas, Anlage, Nachweis and identity
 * rules. Conditions are told apart by `type` with ajv's `discriminator` keyword (an OpenAPI
 * keyword other validators ignore), so a mistake inside an `equals` is reported against the
 * `equals` shape only, and an unknown type as exactly that.
 *
 * @example
 * const ajv = new Ajv2020({ discriminator: true });
 * ajv.validate(conditionSchema, { type: 'equals', path: '/a', value: 1 }); // true
 */
export const conditionSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://formflow.invalid/schemas/condition.json',
  $ref: '#/$defs/condition',
  $defs: {
    condition: {
      title: 'condition',
      type: 'object',
      discriminator: { propertyName: 'type' },
      required: ['type'],
      oneOf: Object.values(branches),
    },
    operand: {
      description: 'an operand: exactly one of { "value" }, { "path" }, { "ageAt" }, { "count", "where"? }, { "daysFromToday" }',
      type: 'object',
      properties: {
        value: {},
        path,
        ageAt: path,
        count: path,
        where: condition,
        daysFromToday: path,
      },
      additionalProperties: false,
      oneOf: [
        { required: ['value'] },
        { required: ['path'] },
        { required: ['ageAt'] },
        { required: ['count'] },
        { required: ['daysFromToday'] },
      ],
      dependentRequired: { where: ['count'] },
    },
    matchSchema: {
      type: 'object',
      properties: {
        type: { enum: ['string', 'number', 'integer', 'boolean', 'array', 'object', 'null'] },
        const: {},
        enum: { type: 'array' },
        minimum: { type: 'number' },
        maximum: { type: 'number' },
        exclusiveMinimum: { type: 'number' },
        exclusiveMaximum: { type: 'number' },
        minLength: { type: 'integer', minimum: 0 },
        maxLength: { type: 'integer', minimum: 0 },
        pattern: { type: 'string' },
        minItems: { type: 'integer', minimum: 0 },
        maxItems: { type: 'integer', minimum: 0 },
      },
      additionalProperties: false,
    },
  },
} as const;
