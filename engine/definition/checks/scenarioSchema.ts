/**
 * JSON Schema (draft 2020-12) of a scenario file (`Scenario` in engine/definition/types.ts).
 *
 * @example
 * schemaProblems(scenarioSchema, scenario, 'forms/vaem/scenarios/umzug.json', '', 'invalid-scenario');
 */
export const scenarioSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://formflow.invalid/schemas/scenario.json',
  type: 'object',
  properties: {
    title: { type: 'string', minLength: 1 },
    today: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'a date YYYY-MM-DD' },
    answers: { type: 'object' },
    context: { type: 'object', description: 'what conditions read as /$context/… (an Anlage\'s person, household and application date)' },
    expect: {
      type: 'object',
      properties: {
        steps: { type: 'array', items: { type: 'string' } },
        anlagen: {
          type: 'array',
          items: {
            type: 'object',
            properties: { anlage: { type: 'string' }, item: { type: 'integer', minimum: 0 }, key: { type: 'string', minLength: 1 } },
            required: ['anlage'],
            additionalProperties: false,
          },
        },
        evidence: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              document: { type: 'string' },
              item: { type: 'integer', minimum: 0 },
              anlage: { type: 'string', description: 'a Nachweis of this Anlage\'s instance' },
              key: { type: 'string', minLength: 1 },
            },
            required: ['document'],
            additionalProperties: false,
          },
        },
        identityLevel: { enum: ['keine', 'basis', 'substanziell', 'hoch'] },
        computed: {
          type: 'object',
          description: 'computed id → the fields of its value that must match exactly',
          additionalProperties: { type: 'object' },
        },
      },
      required: ['steps', 'anlagen', 'evidence'],
      additionalProperties: false,
    },
  },
  required: ['title', 'today', 'answers', 'expect'],
  additionalProperties: false,
} as const;
