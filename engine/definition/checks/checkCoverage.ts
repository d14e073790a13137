import { joinPointer } from '../../util/pointer';
import type { DefinitionProblem } from '../DefinitionProblem';
import type { FormFiles } from '../FormFiles';
import { problem } from '../problem';
import { flowStates, ownsProperty } from './flowStates';
import { escapeToken, isRecord, own, type JsonObject } from './json';
import { resolveLocalRef } from './schemaNavigation';
import { walkUi, type UiControl } from './walkUi';

/** A field of a step's schema: its answer tokens, its place in schema.json, whether it must be answered. */
interface Field {
  tokens: string[];
  pointer: string;
  required: boolean;
}

/**
 * Fields of a step's schema that no control of the step's UI schema lets the citizen answer. A
 * control covers its field and everything below it (a control over an object or a list covers
 * their fields); a control whose `showWhen` (or an enclosing one's) never holds covers nothing.
 * A required field so left out is an error (`required-field-unreachable`: the step can never be
 * completed), any other a warning (`unused-schema-field`). Only the outermost uncovered field is
 * reported. Steps whose UI schema has problems are left out: their controls are not all known.
 *
 * @example
 * checkCoverage(files);
 * // [{ file: 'forms/x/schema.json', pointer: '/properties/umzug/properties/notiz', rule: 'unused-schema-field', severity: 'warning', … }]
 */
export function checkCoverage(files: FormFiles): DefinitionProblem[] {
  const root = files.schema;
  const properties = isRecord(root) ? own(root, 'properties') : undefined;
  if (!isRecord(root) || !isRecord(properties)) return [];
  const ui = walkUi(files);
  const problems: DefinitionProblem[] = [];
  const file = `${files.dir}/schema.json`;
  for (const { id, role } of flowStates(files.flow)) {
    const stepSchema = own(properties, id);
    if (!ownsProperty(role) || !isRecord(stepSchema) || own(files.ui, id) === undefined || ui.brokenSteps.includes(id)) continue;
    const controls = ui.controls.filter((control) => control.step === id);
    for (const field of uncovered(root, stepSchema, [id], `/properties/${escapeToken(id)}`, controls)) {
      const path = joinPointer(field.tokens);
      problems.push(field.required
        ? problem('required-field-unreachable', file, field.pointer, `required field "${path}" has no control in ui/${id}.json that is ever shown: step "${id}" can never be completed`, `add a control with scope "${scopeOf(field.tokens)}" or remove the field from "required"`)
        : problem('unused-schema-field', file, field.pointer, `field "${path}" has no control in ui/${id}.json that is ever shown: no one can answer it`, `add a control with scope "${scopeOf(field.tokens)}" or remove the field`));
    }
  }
  return problems;
}

/** The outermost fields below `schema` (at answer `tokens`) that no shown control covers. */
function uncovered(root: JsonObject, schema: JsonObject, tokens: string[], pointer: string, controls: UiControl[]): Field[] {
  const found: Field[] = [];
  const seen = new Set<unknown>();
  const visit = (node: unknown, data: string[], at: string): void => {
    if (!isRecord(node) || seen.has(node)) return;
    seen.add(node);
    const required = requiredNames(root, node);
    const children = own(node, 'properties');
    if (isRecord(children)) {
      for (const [name, child] of Object.entries(children)) {
        const childData = [...data, name];
        const childAt = `${at}/properties/${escapeToken(name)}`;
        if (covers(controls, childData)) continue;
        if (controls.some((control) => startsWith(control.tokens, childData) && !control.neverShown)) visit(child, childData, childAt);
        else found.push({ tokens: childData, pointer: childAt, required: required.includes(name) });
      }
    }
    // a stand-in index, as walkUi uses for the fields of list items
    visit(own(node, 'items'), [...data, '0'], `${at}/items`);
    const allOf = own(node, 'allOf');
    if (Array.isArray(allOf)) allOf.forEach((member, index) => visit(member, data, `${at}/allOf/${index}`));
    visit(own(node, 'then'), data, `${at}/then`);
    visit(own(node, 'else'), data, `${at}/else`);
    const ref = own(node, '$ref');
    if (typeof ref === 'string') visit(resolveLocalRef(root, ref), data, decodeURIComponent(ref.slice(1)));
  };
  visit(schema, tokens, pointer);
  // the same field can be declared twice (properties and a then branch); report it once
  const unique = new Map(found.map((field) => [field.tokens.join('/'), field]));
  return [...unique.values()];
}

/** Names an object schema requires, in itself or in the parts merged into it. */
function requiredNames(root: JsonObject, node: JsonObject): string[] {
  const names: string[] = [];
  const add = (part: unknown, depth: number): void => {
    if (!isRecord(part) || depth > 8) return;
    const required = own(part, 'required');
    if (Array.isArray(required)) names.push(...required.filter((name): name is string => typeof name === 'string'));
    const allOf = own(part, 'allOf');
    if (Array.isArray(allOf)) for (const member of allOf) add(member, depth + 1);
    add(own(part, 'then'), depth + 1);
    add(own(part, 'else'), depth + 1);
    const ref = own(part, '$ref');
    if (typeof ref === 'string') add(resolveLocalRef(root, ref), depth + 1);
  };
  add(node, 0);
  return names;
}

/** A shown control at these tokens or above them. */
function covers(controls: UiControl[], tokens: string[]): boolean {
  return controls.some((control) => !control.neverShown && startsWith(tokens, control.tokens));
}

function startsWith(tokens: string[], prefix: string[]): boolean {
  return prefix.length <= tokens.length && prefix.every((token, index) => tokens[index] === token);
}

function scopeOf(tokens: string[]): string {
  const inItem = tokens.lastIndexOf('0');
  const own = inItem >= 0 ? tokens.slice(inItem + 1) : tokens;
  return `#/properties/${own.map((token) => escapeToken(token)).join('/properties/')}`;
}
