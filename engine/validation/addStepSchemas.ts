import type { Ajv } from 'ajv';
import type { JsonSchema } from '../definition/types';

/** The id the whole answers schema is registered under, so step schemas can `$ref` into it. */
export const ANSWERS_SCHEMA_ID = 'formflow:answers';

export interface StepSchemaRef {
  step: string;
  /** the ajv id of a schema that is `{ $ref: <answers>#/properties/<step> }` */
  id: string;
}

/**
 * Registers the form's answers schema and one wrapper schema per step on `ajv`. A step schema
 * refers into the whole schema instead of being copied out of it, so that `$ref`s to the root's
 * `$defs` keep working.
 *
 * @example
 * const refs = addStepSchemas(ajv, schema); // [{ step: 'person', id: 'formflow:step:0' }, …]
 * ajv.getSchema(refs[0]!.id)!({ vorname: 'Erika' });
 */
export function addStepSchemas(ajv: Ajv, schema: JsonSchema): StepSchemaRef[] {
  ajv.addSchema({ ...schema, $id: ANSWERS_SCHEMA_ID });
  const properties = schema['properties'];
  const steps = typeof properties === 'object' && properties !== null ? Object.keys(properties) : [];
  return steps.map((step, index) => {
    const id = `formflow:step:${index}`;
    const token = encodeURIComponent(step.replace(/~/g, '~0').replace(/\//g, '~1'));
    ajv.addSchema({ $id: id, $ref: `${ANSWERS_SCHEMA_ID}#/properties/${token}` });
    return { step, id };
  });
}
