import { getAt } from '../../util/pointer';
import { isRecord, own, type JsonObject } from './json';

/**
 * Looking things up in a form's JSON Schema the way the engine reads answers: a property is
 * declared in `properties`, or in an `allOf` member, or in a `then`/`else` branch (conditional
 * questions live there); local `$ref`s are followed. Because a property may be declared in more
 * than one place, lookups work on lists of alternative schemas.
 */

/**
 * The schema itself plus every schema it merges in ($ref target, allOf members, then/else),
 * recursively. Without branches, `then`/`else` are left out: they only apply sometimes, so they
 * add questions but must not count as restricting a value always. A `$ref` cycle or an unresolvable `$ref` simply contributes nothing here; the
 * schema check reports those.
 *
 * @example
 * expandSchema(root, { $ref: '#/$defs/adresse' }); // [{ $ref: … }, root.$defs.adresse]
 */
export function expandSchema(root: unknown, schema: unknown, withBranches = true, seen: Set<unknown> = new Set()): JsonObject[] {
  if (!isRecord(schema) || seen.has(schema)) return [];
  seen.add(schema);
  const result: JsonObject[] = [schema];
  const ref = own(schema, '$ref');
  if (typeof ref === 'string') result.push(...expandSchema(root, resolveLocalRef(root, ref), withBranches, seen));
  const allOf = own(schema, 'allOf');
  if (Array.isArray(allOf)) for (const member of allOf) result.push(...expandSchema(root, member, withBranches, seen));
  if (withBranches) {
    for (const branch of ['then', 'else']) result.push(...expandSchema(root, own(schema, branch), withBranches, seen));
  }
  return result;
}

/**
 * The target of a local `$ref` (`#/$defs/x`), or undefined when it is not local or points nowhere.
 *
 * @example
 * resolveLocalRef(root, '#/$defs/adresse'); // root.$defs.adresse
 */
export function resolveLocalRef(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  try {
    return getAt(root, decodeURIComponent(ref.slice(1)));
  } catch {
    return undefined;
  }
}

/** Property names declared by any of the schemas (expanded), in declaration order. */
export function propertyNames(root: unknown, schemas: readonly unknown[]): string[] {
  const names = new Set<string>();
  for (const schema of schemas) {
    for (const part of expandSchema(root, schema)) {
      const properties = own(part, 'properties');
      if (isRecord(properties)) for (const name of Object.keys(properties)) names.add(name);
    }
  }
  return [...names];
}

/** The schemas declaring property `name` in any of the schemas (expanded). */
export function propertySchemas(root: unknown, schemas: readonly unknown[], name: string): JsonObject[] {
  const found: JsonObject[] = [];
  for (const schema of schemas) {
    for (const part of expandSchema(root, schema)) {
      const properties = own(part, 'properties');
      const property = isRecord(properties) ? own(properties, name) : undefined;
      if (isRecord(property)) found.push(property);
    }
  }
  return found;
}

/** True when any of the schemas describes an array (`type: "array"` or `items`). */
export function isArraySchema(root: unknown, schemas: readonly unknown[]): boolean {
  return schemas.some((schema) =>
    expandSchema(root, schema).some((part) => {
      const type = own(part, 'type');
      return type === 'array' || (Array.isArray(type) && type.includes('array')) || own(part, 'items') !== undefined;
    }),
  );
}

/** The item schemas of the array schemas among `schemas`. */
export function itemSchemas(root: unknown, schemas: readonly unknown[]): JsonObject[] {
  const found: JsonObject[] = [];
  for (const schema of schemas) {
    for (const part of expandSchema(root, schema)) {
      const items = own(part, 'items');
      if (isRecord(items)) found.push(items);
    }
  }
  return found;
}

export type DataPathResult =
  /** `schemas` is empty when a broken `$ref` on the way hides what lies below (not checkable) */
  | { found: true; schemas: JsonObject[] }
  /** `at`: how many tokens resolved; `known`: the names that exist after them */
  | { found: false; at: number; known: string[] };

/**
 * The schemas of the answer at `tokens` (pointer tokens), starting from `start`. Array indices
 * (`0`, `1`, …) step into `items`.
 *
 * @example
 * schemasAtDataPath(root, [root], ['umzug', 'neueAdresse', 'plz']); // { found: true, schemas: [{ type: 'string', format: 'plz' }] }
 * schemasAtDataPath(root, [root], ['umzug', 'plzz']); // { found: false, at: 1, known: ['datum', 'neueAdresse'] }
 */
export function schemasAtDataPath(root: unknown, start: readonly unknown[], tokens: readonly string[]): DataPathResult {
  let current: unknown[] = [...start];
  for (const [index, token] of tokens.entries()) {
    const next = /^(0|[1-9][0-9]*)$/.test(token) && isArraySchema(root, current)
      ? itemSchemas(root, current)
      : propertySchemas(root, current, token);
    if (next.length === 0) {
      // checkSchema reports the broken $ref; guessing what it would have declared helps no one
      if (hasBrokenRef(root, current)) return { found: true, schemas: [] };
      return { found: false, at: index, known: propertyNames(root, current) };
    }
    current = next;
  }
  return { found: true, schemas: current as JsonObject[] };
}

function hasBrokenRef(root: unknown, schemas: readonly unknown[]): boolean {
  return schemas.some((schema) =>
    expandSchema(root, schema).some((part) => {
      const ref = own(part, '$ref');
      return typeof ref === 'string' && !isRecord(resolveLocalRef(root, ref));
    }),
  );
}
