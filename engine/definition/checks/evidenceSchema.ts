/**
 * JSON Schema (draft 2020-12) of `evidence.json` (`EvidenceRule[]`). Conditions (`when`) are only
 * required to be objects here; `checkCondition` checks them.
 *
 * @example
 * schemaProblems(evidenceSchema, rules, 'forms/vaem/evidence.json', '', 'invalid-evidence');
 */
export const evidenceSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://formflow.invalid/schemas/evidence.json',
  type: 'array',
  items: {
    type: 'object',
    properties: {
      id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', description: 'an id of lower-case letters, digits and dashes, like "umzug"' },
      forEach: { type: 'string', pattern: '^/.+', description: 'an absolute path to a list in the answers, like "/haushalt/personen"' },
      when: { type: 'object' },
      documents: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string' } },
      documentFrom: { type: 'string', pattern: '^\\./.+', description: 'with forEach: the item\'s field naming the document kind, like "./document"' },
      optional: { type: 'boolean', description: 'the documents may be uploaded but need not be' },
      reason: { type: 'string', minLength: 1 },
    },
    // documents or documentFrom (with forEach): checkEvidence says which is missing
    required: ['id', 'when', 'reason'],
    additionalProperties: false,
  },
} as const;
