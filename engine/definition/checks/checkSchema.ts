import { compileStepValidators } from '../../validation/compileStepValidators';
import { formats } from '../../validation/formats';
import type { DefinitionProblem } from '../DefinitionProblem';
import type { FormFiles } from '../FormFiles';
import type { RuleId } from '../lintRules';
import { problem } from '../problem';
import { escapeToken, isRecord, type JsonObject, listing, own } from './json';
import { expandSchema, propertyNames, resolveLocalRef } from './schemaNavigation';

const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';
const TYPES = ['string', 'number', 'integer', 'boolean', 'array', 'object', 'null'];
const NUMBER_KEYWORDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'];
const COUNT_KEYWORDS = ['minLength', 'maxLength', 'minItems', 'maxItems'];
/** The keywords docs/form-format.md promises; renderers, summary and PDF understand no others. */
const SUPPORTED = new Set([
  'type', 'properties', 'required', 'items', 'enum', 'const', ...NUMBER_KEYWORDS, ...COUNT_KEYWORDS,
  'pattern', 'format', 'uniqueItems', '$defs', '$ref', 'default', 'if', 'then', 'else', 'allOf',
  'dependentRequired', 'title', 'description', '$comment', 'examples',
]);

interface Walk {
  file: string;
  root: JsonObject;
  problems: DefinitionProblem[];
}

/**
 * Problems of `schema.json`: a draft 2020-12 object schema with one object property per step,
 * only supported keywords (docs/form-format.md) with well-formed values, known formats, local
 * `$ref`s that resolve, `required` names that exist, and finally that ajv compiles it.
 *
 * @example
 * checkSchema(files);
 * // [{ file: 'forms/x/schema.json', pointer: '/properties/person/properties/plz/format',
 * //    message: 'unknown format "postleitzahl"; known: date, date-past, …' }]
 */
export function checkSchema(files: FormFiles): DefinitionProblem[] {
  const file = `${files.dir}/schema.json`;
  const schema = files.schema;
  if (schema === undefined) return [];
  if (!isRecord(schema)) return [problem('invalid-schema', file, '', 'must be a JSON Schema object')];
  const walk: Walk = { file, root: schema, problems: [] };
  const report = (pointer: string, message: string) => walk.problems.push(problem('invalid-schema', file, pointer, message));

  if (own(schema, '$schema') !== undefined && own(schema, '$schema') !== DRAFT_2020_12) {
    report('/$schema', `must be "${DRAFT_2020_12}" (the engine validates with draft 2020-12)`);
  }
  if (own(schema, 'type') !== 'object') report('/type', 'the answers schema must have "type": "object"');
  const properties = own(schema, 'properties');
  if (!isRecord(properties)) report('/properties', 'must be an object with one property per step');
  visit(walk, schema, '', [], true);
  if (isRecord(properties)) {
    for (const [step, stepSchema] of Object.entries(properties)) {
      const isObject = expandSchema(schema, stepSchema, false).some((part) => own(part, 'type') === 'object');
      if (isRecord(stepSchema) && !isObject) report(`/properties/${escapeToken(step)}`, `the property of step "${step}" must have "type": "object"`);
    }
  }
  if (walk.problems.length === 0) {
    try {
      compileStepValidators(schema);
    } catch (error) {
      report('', `ajv cannot compile the schema: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return walk.problems;
}

/** `contextNames`: properties of the object a `then`/`else`/`allOf`/`if` part applies to. */
function visit(walk: Walk, node: unknown, pointer: string, contextNames: string[], isRoot = false): void {
  const report: Report = (at, message, rule = 'invalid-schema') => walk.problems.push(problem(rule, walk.file, at, message));
  if (!isRecord(node)) {
    report(pointer, 'must be a schema object (use {} for "anything")');
    return;
  }
  const names = [...new Set([...propertyNames(walk.root, [node]), ...contextNames])];
  for (const [keyword, value] of Object.entries(node)) {
    const at = `${pointer}/${escapeToken(keyword)}`;
    if (isRoot && (keyword === '$schema' || keyword === '$id')) continue;
    if (!SUPPORTED.has(keyword)) {
      report(at, `unsupported keyword "${keyword}"; docs/form-format.md lists the supported keywords`, 'unsupported-keyword');
      continue;
    }
    checkKeyword(walk, keyword, value, at, names, report);
  }
}

type Report = (at: string, message: string, rule?: RuleId) => void;

function checkKeyword(walk: Walk, keyword: string, value: unknown, at: string, names: string[], report: Report): void {
  switch (keyword) {
    case 'type': {
      const types = Array.isArray(value) ? value : [value];
      if (types.length === 0) report(at, 'must name at least one type');
      for (const type of types) {
        if (!TYPES.includes(type as string)) report(at, `unknown type ${JSON.stringify(type)}; known: ${TYPES.join(', ')}`);
      }
      return;
    }
    case 'properties':
    case '$defs':
      if (!isRecord(value)) return report(at, 'must be an object of schemas');
      for (const [name, child] of Object.entries(value)) visit(walk, child, `${at}/${escapeToken(name)}`, []);
      return;
    case 'items':
      if (Array.isArray(value)) return report(at, 'must be one schema; tuples are not supported');
      return visit(walk, value, at, []);
    case 'if':
    case 'then':
    case 'else':
      return visit(walk, value, at, names);
    case 'allOf':
      if (!Array.isArray(value) || value.length === 0) return report(at, 'must be a non-empty array of schemas');
      value.forEach((member, index) => visit(walk, member, `${at}/${index}`, names));
      return;
    case 'required':
      if (!Array.isArray(value) || !value.every((name) => typeof name === 'string')) return report(at, 'must be an array of property names');
      return checkNames(value as string[], at, names, report);
    case 'dependentRequired':
      if (!isRecord(value)) return report(at, 'must map a property name to the names it needs');
      for (const [name, needed] of Object.entries(value)) {
        checkNames([name], at, names, report);
        if (!Array.isArray(needed) || !needed.every((n) => typeof n === 'string')) report(`${at}/${escapeToken(name)}`, 'must be an array of property names');
        else checkNames(needed as string[], `${at}/${escapeToken(name)}`, names, report);
      }
      return;
    case 'enum':
      if (!Array.isArray(value) || value.length === 0) report(at, 'must be a non-empty array of values');
      return;
    case 'pattern':
      if (typeof value !== 'string') return report(at, 'must be a regular expression string');
      try {
        new RegExp(value, 'u');
      } catch (error) {
        report(at, `invalid regular expression: ${error instanceof Error ? error.message : String(error)}`);
      }
      return;
    case 'format':
      if (typeof value !== 'string' || !Object.prototype.hasOwnProperty.call(formats, value)) {
        report(at, `unknown format ${JSON.stringify(value)}; known: ${Object.keys(formats).join(', ')}`, 'unknown-format');
      }
      return;
    case '$ref':
      if (typeof value !== 'string' || !value.startsWith('#/') || !isRecord(resolveLocalRef(walk.root, value))) {
        const defs = own(walk.root, '$defs');
        report(at, `${JSON.stringify(value)} does not resolve; use a local "#/$defs/<name>"; known: ${listing(isRecord(defs) ? Object.keys(defs).map((d) => `#/$defs/${d}`) : [])}`, 'unresolved-ref');
      }
      return;
    case 'uniqueItems':
      if (typeof value !== 'boolean') report(at, 'must be true or false');
      return;
    case 'title':
    case 'description':
    case '$comment':
      if (typeof value !== 'string') report(at, 'must be a string');
      return;
    default:
      if (NUMBER_KEYWORDS.includes(keyword) && typeof value !== 'number') report(at, 'must be a number');
      if (COUNT_KEYWORDS.includes(keyword) && !(Number.isInteger(value) && (value as number) >= 0)) report(at, 'must be a whole number ≥ 0');
      return;
  }
}

function checkNames(needed: string[], at: string, names: string[], report: Report): void {
  // with no declared properties around, there is nothing to compare against
  if (names.length === 0) return;
  for (const name of needed) {
    if (!names.includes(name)) report(at, `"${name}" is not a property here; known: ${names.join(', ')}`, 'unknown-field');
  }
}
