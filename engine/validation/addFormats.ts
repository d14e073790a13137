import type { Ajv } from 'ajv';
import { formats } from './formats';

/**
 * Registers our custom formats (`engine/validation/formats/*.ts`) on an ajv instance.
 *
 * @example
 * const ajv = addFormats(new Ajv2020());
 * ajv.validate({ type: 'string', format: 'plz' }, '10115'); // true
 */
export function addFormats<T extends Ajv>(ajv: T): T {
  for (const [name, check] of Object.entries(formats)) ajv.addFormat(name, check);
  return ajv;
}
