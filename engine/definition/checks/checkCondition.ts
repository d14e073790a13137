import { parsePointer } from '../../util/pointer';
import { conditionSchema } from '../conditionSchema';
import type { DefinitionProblem } from '../DefinitionProblem';
import { problem } from '../problem';
import { conditionVerdict } from './conditionVerdict';
import { isRecord, listing, own, type JsonObject } from './json';
import { expandSchema, isArraySchema, itemSchemas, schemasAtDataPath } from './schemaNavigation';
import { schemaProblems } from './schemaProblems';

/** The array whose items `./` paths start from (a `forEach` rule, or a `some`/`count`). */
export interface ItemScope {
  /** the array's path as written, for messages */
  arrayPath: string;
  /** schemas of one item */
  schemas: JsonObject[];
}

export interface ConditionPlace {
  file: string;
  /** JSON pointer of the condition in the file */
  pointer: string;
  /** the form's answers schema */
  schema: unknown;
  item?: ItemScope;
  /** a control's `showWhen`: a condition that never holds there means a question never asked */
  showWhen?: boolean;
}

/**
 * Problems of one condition: its shape (against `conditionSchema`) and, when the shape is
 * right, every path it reads: absolute paths must exist in the answers schema, `./` paths in
 * the items of the surrounding `forEach`/`some`/`count` array, arrays must be arrays, and values
 * compared with an enum field must be among its values.
 *
 * @example
 * checkCondition({ type: 'answered', path: '/umzug/datm' }, { file: 'forms/x/flow.json', pointer: '/states/a/always/guard/params', schema });
 * // [{ …, pointer: '/states/a/always/guard/params/path',
 * //    message: 'unknown path "/umzug/datm": no "datm" in "/umzug"; known: datum, neueAdresse' }]
 */
export function checkCondition(condition: unknown, place: ConditionPlace): DefinitionProblem[] {
  const shape = schemaProblems(conditionSchema, condition, place.file, place.pointer, 'invalid-condition');
  // paths can only be checked against a usable schema; checkSchema reports an unusable one
  if (shape.length > 0 || !isRecord(place.schema)) return shape;
  const problems: DefinitionProblem[] = [];
  walk(condition as JsonObject, place.pointer, place.item, { file: place.file, root: place.schema, problems });
  // with a broken path the logic would only guess; the path problem comes first
  if (problems.length === 0) problems.push(...logicProblems(condition, place));
  return problems;
}

/** Parts that can never hold (conditionVerdict); for a showWhen that never holds, one finding for the control. */
function logicProblems(condition: unknown, place: ConditionPlace): DefinitionProblem[] {
  const { verdict, findings } = conditionVerdict(condition);
  const first = findings[0];
  if (place.showWhen && verdict === 'never' && first) {
    const where = first.pointer === '' ? '' : ` (at ${first.pointer})`;
    return [problem('never-shown-control', place.file, place.pointer, `showWhen never holds, so the question is never shown: ${first.message}${where}`)];
  }
  return findings.map((finding) => problem(finding.rule, place.file, place.pointer + finding.pointer, finding.message));
}

/**
 * The item scope of a rule's `forEach` array, or problems when the path is not an absolute path
 * to an array in the schema.
 *
 * @example
 * forEachScope('/haushalt/personen', { file: 'forms/x/form.json', pointer: '/anlagen/0/forEach', schema });
 * // { scope: { arrayPath: '/haushalt/personen', schemas: [{ type: 'object', … }] }, problems: [] }
 */
export function forEachScope(
  forEach: string,
  place: Omit<ConditionPlace, 'item'>,
): { scope?: ItemScope; problems: DefinitionProblem[] } {
  const problems: DefinitionProblem[] = [];
  if (!forEach.startsWith('/')) {
    problems.push(problem('invalid-path', place.file, place.pointer, `forEach must be an absolute path like "/haushalt/personen"; got ${JSON.stringify(forEach)}`));
    return { problems };
  }
  const context: WalkContext = { file: place.file, root: place.schema, problems };
  const schemas = arrayAt(forEach, place.pointer, undefined, context, 'forEach');
  return schemas ? { scope: { arrayPath: forEach, schemas }, problems } : { problems };
}

interface WalkContext {
  file: string;
  root: unknown;
  problems: DefinitionProblem[];
}

function walk(condition: JsonObject, at: string, item: ItemScope | undefined, context: WalkContext): void {
  const type = condition['type'];
  const path = condition['path'] as string;
  switch (type) {
    case 'equals':
      checkValues(pathAt(path, `${at}/path`, item, context), [condition['value']], `${at}/value`, context);
      return;
    case 'oneOf':
      checkValues(pathAt(path, `${at}/path`, item, context), condition['values'] as unknown[], `${at}/values`, context);
      return;
    case 'includes': {
      const list = arrayAt(path, `${at}/path`, item, context, 'includes');
      const valuePath = condition['valuePath'];
      const hasValue = Object.prototype.hasOwnProperty.call(condition, 'value');
      if (hasValue === (valuePath !== undefined)) {
        context.problems.push(problem('invalid-condition', context.file, at, hasValue ? 'give "value" or "valuePath", not both' : 'missing "value" (or "valuePath" to read the value from the current item)'));
      } else if (typeof valuePath === 'string') pathAt(valuePath, `${at}/valuePath`, item, context);
      else if (list) checkValues(list, [condition['value']], `${at}/value`, context);
      return;
    }
    case 'answered':
    case 'matches':
      pathAt(path, `${at}/path`, item, context);
      return;
    case 'compare':
      operand(condition['left'] as JsonObject, `${at}/left`, item, context);
      operand(condition['right'] as JsonObject, `${at}/right`, item, context);
      return;
    case 'and':
    case 'or':
      (condition['conditions'] as JsonObject[]).forEach((child, index) => walk(child, `${at}/conditions/${index}`, item, context));
      return;
    case 'not':
      walk(condition['condition'] as JsonObject, `${at}/condition`, item, context);
      return;
    case 'some': {
      const items = arrayAt(path, `${at}/path`, item, context, 'some');
      if (items) walk(condition['where'] as JsonObject, `${at}/where`, { arrayPath: path, schemas: items }, context);
      return;
    }
    default:
      // 'always', and every other type was rejected by the shape check
      return;
  }
}

function operand(value: JsonObject, at: string, item: ItemScope | undefined, context: WalkContext): void {
  for (const key of ['path', 'ageAt', 'daysFromToday']) {
    const path = own(value, key);
    if (typeof path === 'string') pathAt(path, `${at}/${key}`, item, context);
  }
  const count = own(value, 'count');
  if (typeof count !== 'string') return;
  const items = arrayAt(count, `${at}/count`, item, context, 'count');
  const where = own(value, 'where');
  if (items && isRecord(where)) walk(where, `${at}/where`, { arrayPath: count, schemas: items }, context);
}

/** The schemas at a path, or undefined after reporting why there are none. */
function pathAt(path: string, at: string, item: ItemScope | undefined, context: WalkContext): JsonObject[] | undefined {
  const relative = path === '.' || path.startsWith('./');
  if (relative && !item) {
    context.problems.push(problem(
      'invalid-path',
      context.file,
      at,
      `relative path "${path}" only works inside forEach, some or count; write an absolute path like "/step/field"`,
    ));
    return undefined;
  }
  const start: unknown[] = relative && item ? item.schemas : [context.root];
  const tokens = path === '.' ? [] : parsePointer(relative ? path.slice(1) : path);
  const result = schemasAtDataPath(context.root, start, tokens);
  if (result.found) return result.schemas;
  const parentTokens = tokens.slice(0, result.at);
  const parent = relative
    ? parentTokens.length === 0 ? `the items of "${item?.arrayPath}"` : `"./${parentTokens.join('/')}"`
    : parentTokens.length === 0 ? 'the answers root' : `"/${parentTokens.join('/')}"`;
  context.problems.push(problem('unknown-field', context.file, at, `unknown path "${path}": no "${tokens[result.at]}" in ${parent}; known: ${listing(result.known)}`));
  return undefined;
}

/** The item schemas of the array at a path, or undefined after reporting why there are none. */
function arrayAt(path: string, at: string, item: ItemScope | undefined, context: WalkContext, usedBy: string): JsonObject[] | undefined {
  const schemas = pathAt(path, at, item, context);
  if (!schemas) return undefined;
  if (schemas.length === 0) return [];
  if (!isArraySchema(context.root, schemas)) {
    context.problems.push(problem('not-a-list', context.file, at, `"${path}" is not an array in the schema; ${usedBy} needs a list`));
    return undefined;
  }
  return itemSchemas(context.root, schemas);
}

/** Values compared with an enum field must be among its values (catches typos in conditions). */
function checkValues(schemas: JsonObject[] | undefined, values: unknown[], at: string, context: WalkContext): void {
  if (!schemas) return;
  const allowed = enumValues(context.root, schemas);
  if (!allowed) {
    checkValueTypes(schemas, values, at, context);
    return;
  }
  values.forEach((value, index) => {
    if (allowed.some((candidate) => JSON.stringify(candidate) === JSON.stringify(value))) return;
    context.problems.push(problem(
      'unknown-enum-value',
      context.file,
      values.length === 1 && !at.endsWith('/values') ? at : `${at}/${index}`,
      `${JSON.stringify(value)} is not a value of this field; allowed: ${allowed.map((v) => JSON.stringify(v)).join(', ')}`,
    ));
  });
}

/**
 * A value of another JSON type than the field's (`"ja"` for a yes/no field) can never be equal
 * to an answer, so the condition never holds: a question behind it would never be shown.
 */
function checkValueTypes(schemas: JsonObject[], values: unknown[], at: string, context: WalkContext): void {
  const types = new Set<string>();
  for (const schema of schemas) {
    for (const part of expandSchema(context.root, schema, false)) {
      const type = own(part, 'type');
      for (const name of Array.isArray(type) ? type : [type]) if (typeof name === 'string') types.add(name);
    }
  }
  if (types.size === 0) return;
  values.forEach((value, index) => {
    const type = jsonType(value);
    if (types.has(type) || (type === 'integer' && types.has('number'))) return;
    context.problems.push(problem(
      'condition-never-holds',
      context.file,
      values.length === 1 && !at.endsWith('/values') ? at : `${at}/${index}`,
      `${JSON.stringify(value)} is of type ${type}, but this field holds ${[...types].join(' or ')} values, so the comparison never holds`,
    ));
  });
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** The enum (or const) values the schemas allow, or undefined when they do not restrict values. */
function enumValues(root: unknown, schemas: JsonObject[]): unknown[] | undefined {
  const values: unknown[] = [];
  let restricted = false;
  for (const schema of schemas) {
    for (const part of expandSchema(root, schema, false)) {
      const list = own(part, 'enum');
      if (Array.isArray(list)) {
        restricted = true;
        values.push(...list);
      }
      if (Object.prototype.hasOwnProperty.call(part, 'const')) {
        restricted = true;
        values.push(part['const']);
      }
    }
  }
  return restricted ? values : undefined;
}
