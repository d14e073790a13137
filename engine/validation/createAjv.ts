import { Name } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import { addFormats } from './addFormats';

/**
 * The name under which a standalone validators module must bring `formats` into scope:
 * standalone code refers to a format function as `formflowFormats["iban"]`.
 */
export const STANDALONE_FORMATS_NAME = 'formflowFormats';

export interface CreateAjvOptions {
  /** keep the generated source so that `standaloneCode` can write it out (build time only) */
  standalone?: boolean;
}

/**
 * The one ajv configuration forms are validated with (draft 2020-12, our formats).
 *
 * - `allErrors`: a citizen sees every problem of a step at once, not one per attempt.
 * - `strict`: unknown keywords and formats are errors, so a typo in a schema cannot silently
 *   switch a check off; `strictTypes`/`strictRequired` are off because schemas legitimately put
 *   `required` and string keywords into `if`/`then` branches without repeating `type`.
 * - no `verbose`: it makes standalone code much larger and the messages come from our texts.
 *
 * @example
 * const ajv = createAjv();
 * ajv.validate({ type: 'string', format: 'iban' }, 'DE89370400440532013000'); // true
 */
export function createAjv(options: CreateAjvOptions = {}): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictTypes: false,
    strictRequired: false,
    strictTuples: false,
    allowUnionTypes: true,
    ...(options.standalone
      ? { code: { source: true, esm: true, formats: new Name(STANDALONE_FORMATS_NAME) } }
      : {}),
  });
  return addFormats(ajv);
}
