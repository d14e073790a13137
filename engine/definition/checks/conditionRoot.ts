import { computations } from '../../computed/computations';
import { COMPUTED_KEY } from '../../computed/withComputed';
import { anlageContextSchema } from '../../modules/anlageContextSchema';
import { CONTEXT_KEY } from '../../modules/withContext';
import type { FormFiles } from '../FormFiles';
import { isRecord, own } from './json';

/**
 * The schema conditions are checked against: the answers schema plus, when the form declares
 * computed values, a `$computed` property with each value's output schema, so a path like
 * `/$computed/frist/late` is checked like any answer (and a misspelled one named). An Anlage
 * (`kind: "anlage"`) also gets `$context` with its person and household (anlageContextSchema); any
 * other form the `context` schema its form.json declares for what the host provides.
 *
 * @example
 * conditionRoot(files).properties.$computed.properties.frist; // the widerspruchFrist output schema
 */
export function conditionRoot(files: FormFiles): unknown {
  const schema = files.schema;
  const manifest = files.manifest;
  if (!isRecord(schema) || !isRecord(manifest)) return schema;
  const own_ = isRecord(schema['properties']) ? schema['properties'] : {};
  // an Anlage reads its person and household from the including form
  const declared = own(manifest, 'context');
  const context =
    own(manifest, 'kind') === 'anlage' ? { [CONTEXT_KEY]: anlageContextSchema } : isRecord(declared) ? { [CONTEXT_KEY]: declared } : {};
  const entries = own(manifest, 'computed');
  if (!Array.isArray(entries) || entries.length === 0) return { ...schema, properties: { ...own_, ...context } };
  const properties: Record<string, unknown> = {};
  for (const entry of entries) {
    if (!isRecord(entry) || typeof entry['id'] !== 'string' || typeof entry['function'] !== 'string') continue;
    // an unknown function is reported by checkComputed; its paths then stay unchecked
    properties[entry['id']] = computations[entry['function']]?.output ?? {};
  }
  return { ...schema, properties: { ...own_, ...context, [COMPUTED_KEY]: { type: 'object', properties } } };
}
