import type { JsonSchema } from '@jsonforms/core';
import type { FormDefinition } from '../../engine/definition/types';

const cache = new WeakMap<FormDefinition, Map<string, JsonSchema>>();

/**
 * The schema JSON Forms gets for one step: the root object with only that step's property
 * (plus `$defs`, so local `$ref`s still resolve). JSON Forms re-runs its mapping for every
 * mounted control on each change, so it must see one step, not the form.
 *
 * Why this shape rather than the step's subschema with rewritten scopes: the UI schemas keep
 * their scopes (`#/properties/umzug/properties/datum`) exactly as authored and linted, the data
 * is `{ umzug: … }`, and JSON Forms' data paths (`umzug.datum`) are then both our i18n key
 * prefixes and, with `/` for `.`, the issue paths of the validators.
 *
 * Cached per definition and step, so the reference is stable and JSON Forms never re-inits.
 *
 * @example
 * stepSchema(definition, 'umzug');
 * // { type: 'object', properties: { umzug: { type: 'object', … } } }
 */
export function stepSchema(definition: FormDefinition, step: string): JsonSchema {
  let perStep = cache.get(definition);
  if (perStep === undefined) {
    perStep = new Map();
    cache.set(definition, perStep);
  }
  const cached = perStep.get(step);
  if (cached !== undefined) return cached;
  const root = definition.schema as JsonSchema & { $defs?: Record<string, JsonSchema> };
  const property = root.properties?.[step];
  if (property === undefined) {
    throw new Error(`forms/${definition.manifest.id}/schema.json#/properties/${step}: step "${step}" owns no property; add one or mark the step with meta.view`);
  }
  // JSON Forms' JsonSchema is a union of draft 4 and 7 types; ours are plain JSON objects
  const schema = {
    type: 'object',
    properties: { [step]: property },
    ...(root.$defs === undefined ? {} : { $defs: root.$defs }),
    ...(root.definitions === undefined ? {} : { definitions: root.definitions }),
  } as JsonSchema;
  perStep.set(step, schema);
  return schema;
}
