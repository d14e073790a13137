import type { JsonSchema, StepValidator } from '../definition/types';
import { addStepSchemas } from './addStepSchemas';
import { createAjv } from './createAjv';
import { mapAjvErrors } from './mapAjvErrors';

/**
 * One validator per step (top-level property of the answers schema), compiled with ajv at run
 * time. Use it in Node (CLI, tests); browsers get the same validators precompiled by
 * `standaloneValidatorsModule`, because compiling needs `new Function`.
 *
 * @example
 * const validators = compileStepValidators(schema);
 * validators.person!({ vorname: '' });
 * // [{ code: 'minLength', path: '/person/vorname', params: { limit: 1 } }, …]
 */
export function compileStepValidators(schema: JsonSchema): Record<string, StepValidator> {
  const ajv = createAjv();
  const validators: Record<string, StepValidator> = {};
  for (const { step, id } of addStepSchemas(ajv, schema)) {
    const validate = ajv.getSchema(id);
    if (!validate) throw new Error(`compileStepValidators: step "${step}" did not compile`);
    validators[step] = (stepAnswers) => (validate(stepAnswers) ? [] : mapAjvErrors(step, validate.errors));
  }
  return validators;
}
