import type { JsonSchema } from '../definition/types';
import { getAt } from '../util/pointer';

/**
 * Sub-schemas of the form's JSON Schema as the summary needs them: a property's schema (looked up
 * in `properties`, then in `allOf`, `then` and `else`, since conditional questions are declared
 * there) and an array's item schema, with local `$ref`s resolved against the root.
 */

/**
 * The schema of property `name` of an object schema, or undefined when the schema declares none.
 *
 * @example
 * propertySchema(root, root, 'umzug'); // root.properties.umzug, $ref resolved
 */
export function propertySchema(root: JsonSchema, schema: JsonSchema, name: string): JsonSchema | undefined {
  const resolved = resolveRef(root, schema);
  const properties = resolved['properties'];
  if (isSchema(properties) && Object.prototype.hasOwnProperty.call(properties, name) && isSchema(properties[name])) {
    return resolveRef(root, properties[name]);
  }
  const branches = [
    ...(Array.isArray(resolved['allOf']) ? resolved['allOf'] : []),
    resolved['then'],
    resolved['else'],
  ];
  for (const branch of branches) {
    const found = isSchema(branch) ? propertySchema(root, branch, name) : undefined;
    if (found) return found;
  }
  return undefined;
}

/**
 * The item schema of an array schema (an empty schema when it has none).
 *
 * @example
 * itemSchema(root, { type: 'array', items: { $ref: '#/$defs/person' } }); // root.$defs.person
 */
export function itemSchema(root: JsonSchema, schema: JsonSchema): JsonSchema {
  const items = resolveRef(root, schema)['items'];
  return isSchema(items) ? resolveRef(root, items) : {};
}

/**
 * Follows local `$ref`s (`#/$defs/x`) until a schema without one.
 *
 * @example
 * resolveRef(root, { $ref: '#/$defs/adresse' }); // root.$defs.adresse
 */
export function resolveRef(root: JsonSchema, schema: JsonSchema): JsonSchema {
  let current = schema;
  // a chain longer than this is a $ref cycle
  for (let hops = 0; hops < 32; hops++) {
    const ref = current['$ref'];
    if (typeof ref !== 'string') return current;
    const target = ref.startsWith('#') ? getAt(root, decodeURIComponent(ref.slice(1))) : undefined;
    if (!isSchema(target)) {
      throw new Error(`schema.json: $ref ${JSON.stringify(ref)} points to no schema; use a local "#/$defs/<name>"`);
    }
    current = target;
  }
  throw new Error(`schema.json: the $ref ${JSON.stringify(schema['$ref'])} leads into a cycle`);
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
