import type { MatchSchema } from './types';
import { deepEqual } from '../util/deepEqual';

const keywords = [
  'type',
  'const',
  'enum',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
] as const;

// Patterns are compiled once: conditions run on every step change.
const patterns = new Map<string, RegExp>();

/**
 * Whether a value satisfies a `matches` schema. Only the MatchSchema keywords are interpreted
 * (no ajv, no generated code); like JSON Schema, a numeric keyword ignores non-numbers, a string
 * keyword non-strings and so on. A missing answer (undefined) matches nothing. An unknown keyword
 * throws: ignoring it would make the condition hold where the author expected it not to.
 *
 * @example
 * matchesSchema(17, { type: 'integer', minimum: 18 });        // false
 * matchesSchema('10115', { type: 'string', pattern: '^1' });  // true
 */
export function matchesSchema(value: unknown, schema: MatchSchema): boolean {
  for (const key of Object.keys(schema)) {
    if (!(keywords as readonly string[]).includes(key)) {
      throw new Error(`unknown keyword "${key}" in a matches schema; known: ${keywords.join(', ')}`);
    }
  }
  if (value === undefined) return false;
  if (schema.type !== undefined && !hasType(value, schema.type)) return false;
  if (schema.const !== undefined && !deepEqual(value, schema.const)) return false;
  if (schema.enum !== undefined && !schema.enum.some((option) => deepEqual(value, option))) return false;
  if (typeof value === 'number') return numberMatches(value, schema);
  if (typeof value === 'string') return stringMatches(value, schema);
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) return false;
    if (schema.maxItems !== undefined && value.length > schema.maxItems) return false;
  }
  return true;
}

function hasType(value: unknown, type: NonNullable<MatchSchema['type']>): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'null':
      return value === null;
    default:
      throw new Error(
        `unknown type ${JSON.stringify(type)} in a matches schema; known: string, number, integer, boolean, array, object, null`,
      );
  }
}

function numberMatches(value: number, schema: MatchSchema): boolean {
  if (schema.minimum !== undefined && value < schema.minimum) return false;
  if (schema.maximum !== undefined && value > schema.maximum) return false;
  if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) return false;
  if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) return false;
  return true;
}

function stringMatches(value: string, schema: MatchSchema): boolean {
  // JSON Schema counts characters as code points, not UTF-16 units
  const length = [...value].length;
  if (schema.minLength !== undefined && length < schema.minLength) return false;
  if (schema.maxLength !== undefined && length > schema.maxLength) return false;
  if (schema.pattern !== undefined && !compiled(schema.pattern).test(value)) return false;
  return true;
}

function compiled(pattern: string): RegExp {
  let regex = patterns.get(pattern);
  if (!regex) {
    try {
      regex = new RegExp(pattern, 'u');
    } catch (error) {
      throw new Error(`invalid pattern ${JSON.stringify(pattern)} in a matches schema: ${(error as Error).message}`);
    }
    patterns.set(pattern, regex);
  }
  return regex;
}
