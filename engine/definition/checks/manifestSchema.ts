const ruleId = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', description: 'an id of lower-case letters, digits and dashes, like "umzug-kdu"' };
const answersPath = { type: 'string', pattern: '^/.+', description: 'an absolute path to a list in the answers, like "/haushalt/personen"' };
const textKey = { type: 'string', minLength: 1 };
const level = { enum: ['keine', 'basis', 'substanziell', 'hoch'] };

/**
 * JSON Schema (draft 2020-12) of `form.json` (`FormManifest` in engine/definition/types.ts).
 * Conditions (`when`) are only required to be objects here; `checkCondition` checks them with
 * the condition vocabulary and the answers schema.
 *
 * @example
 * schemaProblems(manifestSchema, manifest, 'forms/vaem/form.json', '', 'invalid-manifest');
 */
export const manifestSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://formflow.invalid/schemas/form.json',
  type: 'object',
  properties: {
    $schema: { type: 'string' },
    id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', description: 'a form id of lower-case letters, digits and dashes, like "vaem"' },
    version: { type: 'string', pattern: '^[0-9]+\\.[0-9]+\\.[0-9]+$', description: 'a version like "1.0.0"' },
    edition: textKey,
    source: textKey,
    kind: { enum: ['antrag', 'anlage', 'mitteilung', 'widerspruch', 'nachricht'] },
    routing: {
      type: 'object',
      properties: {
        anliegensart: textKey,
        kanal: { type: 'string', pattern: '^/', description: 'JSON pointer of the routing channel, e.g. /$computed/anliegen/kanal' },
      },
      required: ['anliegensart'],
      additionalProperties: false,
    },
    identityLevel: level,
    identityRules: {
      type: 'array',
      items: {
        type: 'object',
        properties: { id: ruleId, when: { type: 'object' }, level, reason: textKey },
        required: ['id', 'when', 'level', 'reason'],
        additionalProperties: false,
      },
    },
    anlagen: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: ruleId,
          anlage: { type: 'string', pattern: '^[A-Z0-9]+$', description: 'an Anlage code in capitals, like "KDU"' },
          forEach: answersPath,
          when: { type: 'object' },
          reason: textKey,
        },
        required: ['id', 'anlage', 'when', 'reason'],
        additionalProperties: false,
      },
    },
    uploads: {
      type: 'object',
      properties: {
        accept: {
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: { enum: ['application/pdf', 'image/jpeg', 'image/png'] },
        },
        maxFileBytes: { type: 'integer', minimum: 1 },
        maxTotalBytes: { type: 'integer', minimum: 1 },
      },
      required: ['accept', 'maxFileBytes', 'maxTotalBytes'],
      additionalProperties: false,
    },
    evidenceOncePerPerson: {
      type: 'array',
      description: 'document kinds a person has only once: an Anlage instance does not ask again for one already asked of the same person',
      items: { type: 'string' },
      uniqueItems: true,
    },
    context: { type: 'object', description: 'JSON Schema of what the host provides, read as /$context/…' },
    vordruck: {
      type: 'object',
      description: 'the steps a blank copy to print shows (a part someone else fills on paper)',
      properties: { steps: { type: 'array', minItems: 1, items: { type: 'string' } } },
      required: ['steps'],
      additionalProperties: false,
    },
    anlagenContext: {
      type: 'object',
      description: 'what Anlage instances read as /$context/<name>: name → JSON pointer in this form\'s answers',
      additionalProperties: { type: 'string', pattern: '^/' },
    },
    computed: {
      type: 'array',
      description: 'values the engine computes from answers, read by conditions as /$computed/<id>/…',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string', pattern: '^[a-z][A-Za-z0-9]*$' },
          function: { type: 'string' },
          inputs: { type: 'object', additionalProperties: { type: 'string', pattern: '^/' } },
          options: { type: 'object' },
        },
        required: ['id', 'function', 'inputs'],
        additionalProperties: false,
      },
    },
    locales: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { type: 'string', pattern: '^[a-z]{2}$', description: 'a two-letter language code like "de"' },
    },
  },
  required: ['id', 'version', 'edition', 'source', 'kind', 'routing', 'identityLevel', 'uploads', 'locales'],
  additionalProperties: false,
} as const;
