import { computations } from '../../computed/computations';
import { COMPUTED_KEY } from '../../computed/withComputed';
import type { FormFiles } from '../FormFiles';
import { isRecord, own } from './json';

/**
 * The schema conditions are checked against: the answers schema plus, when the form declares
 * computed values, a `$computed` property with each value's output schema, so a path like
 * `/$computed/frist/late` is checked like any answer (and a misspelled one named).
 *
 * @example
 * conditionRoot(files).properties.$computed.properties.frist; // the widerspruchFrist output schema
 */
export function conditionRoot(files: FormFiles): unknown {
  const schema = files.schema;
  const manifest = files.manifest;
  if (!isRecord(schema) || !isRecord(manifest)) return schema;
  const entries = own(manifest, 'computed');
  if (!Array.isArray(entries) || entries.length === 0) return schema;
  const properties: Record<string, unknown> = {};
  for (const entry of entries) {
    if (!isRecord(entry) || typeof entry['id'] !== 'string' || typeof entry['function'] !== 'string') continue;
    // an unknown function is reported by checkComputed; its paths then stay unchecked
    properties[entry['id']] = computations[entry['function']]?.output ?? {};
  }
  const own_ = isRecord(schema['properties']) ? schema['properties'] : {};
  return { ...schema, properties: { ...own_, [COMPUTED_KEY]: { type: 'object', properties } } };
}
