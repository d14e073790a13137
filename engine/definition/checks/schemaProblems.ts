import type { ErrorObject, ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import type { DefinitionProblem } from '../DefinitionProblem';
import type { RuleId } from '../lintRules';
import { problem as makeProblem } from '../problem';
import { escapeToken, isRecord, listing } from './json';

let checker: Ajv2020 | undefined;
const compiled = new WeakMap<object, ValidateFunction>();

/**
 * Problems of a definition file part that must match one of the checker's own schemas (the
 * manifest, a condition, a Nachweis rule, a scenario), with messages an author can act on.
 *
 * @example
 * schemaProblems(conditionSchema, { type: 'equal' }, 'forms/x/flow.json', '/states/a/always/guard/params', 'invalid-condition');
 * // [{ file: 'forms/x/flow.json', pointer: '/states/a/always/guard/params/type', rule: 'unknown-condition-type', severity: 'error',
 * //    message: 'unknown condition type "equal"; known: always, equals, …' }]
 */
export function schemaProblems(schema: object, data: unknown, file: string, basePointer: string, rule: RuleId): DefinitionProblem[] {
  const validate = validatorFor(schema);
  if (validate(data)) return [];
  const errors = relevantErrors(validate.errors ?? []);
  const problems: DefinitionProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const described = describe(error);
    if (!described) continue;
    // conditions are the only discriminated union; an unknown `type` there is a rule of its own
    const problem = makeProblem(error.keyword === 'discriminator' ? 'unknown-condition-type' : rule, file, basePointer + described.pointer, described.message);
    const key = `${problem.pointer}\n${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function validatorFor(schema: object): ValidateFunction {
  const cached = compiled.get(schema);
  if (cached) return cached;
  // verbose: messages need the failing schema (allowed properties, descriptions) and the data
  checker ??= new Ajv2020({ allErrors: true, verbose: true, discriminator: true, strict: true, strictTypes: false, strictRequired: false });
  const validate = checker.compile(schema);
  compiled.set(schema, validate);
  return validate;
}

/** Drops the per-branch errors of an operand's `oneOf`; the `oneOf` error itself says it better. */
function relevantErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const oneOfPaths = errors.filter((error) => error.keyword === 'oneOf').map((error) => `${error.instancePath}|${error.schemaPath}/`);
  return errors.filter((error) => !oneOfPaths.some((prefix) => {
    const [instancePath, schemaPath] = prefix.split('|') as [string, string];
    return error.instancePath === instancePath && error.schemaPath.startsWith(schemaPath);
  }));
}

function describe(error: ErrorObject): { pointer: string; message: string } | undefined {
  const at = error.instancePath;
  const params = error.params as Record<string, unknown>;
  const parent = isRecord(error.parentSchema) ? error.parentSchema : {};
  const description = typeof parent['description'] === 'string' ? parent['description'] : undefined;
  switch (error.keyword) {
    case 'required':
      return { pointer: at, message: `missing "${String(params['missingProperty'])}"` };
    case 'dependentRequired':
      return { pointer: at, message: `"${String(params['property'])}" needs "${String(params['missingProperty'])}" next to it` };
    case 'additionalProperties': {
      const name = String(params['additionalProperty']);
      const allowed = isRecord(parent['properties']) ? Object.keys(parent['properties']) : [];
      return { pointer: `${at}/${escapeToken(name)}`, message: `unknown property "${name}"; allowed: ${listing(allowed)}` };
    }
    case 'type':
      return { pointer: at, message: `must be ${withArticle(String(params['type']))}, got ${kindOf(error.data)}` };
    case 'enum':
      return { pointer: at, message: `must be one of ${(params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}; got ${JSON.stringify(error.data)}` };
    case 'const':
      return { pointer: at, message: `must be ${JSON.stringify(params['allowedValue'])}; got ${JSON.stringify(error.data)}` };
    case 'discriminator': {
      if (params['error'] === 'tag' && isRecord(error.data) && !('type' in error.data)) return undefined; // `required` says it
      const title = typeof parent['title'] === 'string' ? parent['title'] : 'schema';
      const known = Array.isArray(parent['oneOf']) ? parent['oneOf'].map(branchTag).filter((tag) => tag !== undefined) : [];
      return { pointer: `${at}/${String(params['tag'])}`, message: `unknown ${title} type ${JSON.stringify(params['tagValue'])}; known: ${listing(known)}` };
    }
    case 'oneOf':
      return { pointer: at, message: description ? `must be ${description}` : error.message ?? 'matches no or several alternatives' };
    case 'pattern':
    case 'format':
      return {
        pointer: at,
        message: description ? `must be ${description}; got ${JSON.stringify(error.data)}` : `${error.message ?? 'invalid'}; got ${JSON.stringify(error.data)}`,
      };
    case 'minItems':
      return { pointer: at, message: `must have at least ${String(params['limit'])} item${params['limit'] === 1 ? '' : 's'}` };
    case 'uniqueItems':
      return { pointer: at, message: `must not repeat a value (items ${String(params['j'])} and ${String(params['i'])} are equal)` };
    default:
      return { pointer: at, message: error.message ?? `fails "${error.keyword}"` };
  }
}

function branchTag(branch: unknown): string | undefined {
  const properties = isRecord(branch) ? branch['properties'] : undefined;
  const tag = isRecord(properties) ? properties['type'] : undefined;
  return isRecord(tag) && typeof tag['const'] === 'string' ? tag['const'] : undefined;
}

function withArticle(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}
