import { type JsonSchema, Resolve } from '@jsonforms/core';

type Schema = JsonSchema & Record<string, unknown>;

/**
 * Whether a question must be answered, for the "optional" marker. JSON Forms only looks at the
 * parent's `required`; our schemas also require fields conditionally (`if`/`then`/`else`, also
 * inside `allOf`, and `dependentRequired`), and such a field is shown — through `showWhen` —
 * exactly when its condition holds, so it must not be labelled "optional" either.
 *
 * @param path JSON Forms data path of the answer (`umzug.grundmiete`, `x.personen.0.vorname`)
 * @example
 * isRequired({ required: false, rootSchema: root, path: 'umzug.grundmiete' }); // true: in then.required
 */
export function isRequired(props: { required?: boolean | undefined; rootSchema: JsonSchema; path: string }): boolean {
  if (props.required === true) return true;
  const tokens = props.path.split('.');
  const name = tokens[tokens.length - 1];
  if (name === undefined) return false;
  const parent = schemaAt(props.rootSchema, tokens.slice(0, -1));
  return parent !== undefined && conditionallyRequired(parent, props.rootSchema).has(name);
}

/** The schema of the data at the path, following `properties`, `items` and local `$ref`s. */
function schemaAt(root: JsonSchema, tokens: readonly string[]): Schema | undefined {
  let current: Schema | undefined = resolved(root, root);
  for (const token of tokens) {
    if (current === undefined) return undefined;
    const next: unknown = /^\d+$/.test(token) ? current['items'] : (current['properties'] as Record<string, unknown> | undefined)?.[token];
    current = isSchema(next) ? resolved(next, root) : undefined;
  }
  return current;
}

function conditionallyRequired(schema: Schema, root: JsonSchema): Set<string> {
  const names = new Set<string>();
  const addRequired = (branch: unknown): void => {
    if (!isSchema(branch)) return;
    for (const name of listOf(resolved(branch, root)?.['required'])) names.add(name);
  };
  const addBranches = (candidate: unknown): void => {
    if (!isSchema(candidate)) return;
    const branch = resolved(candidate, root);
    if (branch === undefined) return;
    addRequired(branch['then']);
    addRequired(branch['else']);
    for (const part of Array.isArray(branch['allOf']) ? branch['allOf'] : []) addBranches(part);
    const dependent = branch['dependentRequired'];
    if (isSchema(dependent)) for (const list of Object.values(dependent)) for (const name of listOf(list)) names.add(name);
  };
  addBranches(schema);
  return names;
}

function resolved(schema: JsonSchema, root: JsonSchema): Schema | undefined {
  const ref = (schema as Schema)['$ref'];
  const target = typeof ref === 'string' ? Resolve.schema(root, ref, root) : schema;
  return target as Schema | undefined;
}

function listOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
