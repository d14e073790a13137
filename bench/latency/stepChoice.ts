/**
 * Which step the latency bench types into, and into which field: counted from the form's UI
 * schemas and a scenario's planned path, so the choice follows the form as its authors change it.
 */
import { computeValues } from '../../engine/computed/computeValues';
import { withComputed } from '../../engine/computed/withComputed';
import { evaluate } from '../../engine/conditions/evaluate';
import type { Condition } from '../../engine/conditions/types';
import type { Answers, FormDefinition } from '../../engine/definition/types';
import { plan } from '../../engine/index';
import { resolveStep } from '../../engine/modules/resolveStep';
import { stepAnswers } from '../../engine/modules/stepAnswers';
import { withContext } from '../../engine/modules/withContext';

export interface Scenario {
  name: string;
  today: string;
  answers: Answers;
}

/** A step of a scenario's path with its size. */
export interface SizedStep {
  id: string;
  /** Controls in its UI schema, a list's `options.detail` counted once per item of the scenario's data */
  controls: number;
}

/** The text field the bench types into: found in the page by its current value. */
export interface TextField {
  /** JSON Forms data path, e.g. `haushalt.personen.0.vorname` */
  path: string;
  /** the scenario's answer in it (unique among the step's text answers) */
  value: string;
  /** how many characters fit after it (schema maxLength) */
  room: number;
}

/** The parts of a JSON Schema the walk reads. */
interface Schema {
  type?: unknown;
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown;
  const?: unknown;
  format?: unknown;
  maxLength?: unknown;
}

interface UiElement {
  type?: string;
  scope?: string;
  elements?: UiElement[];
  options?: Record<string, unknown>;
}

/** The steps of the scenario's path that show questions, largest first. */
export function sizedSteps(definition: FormDefinition, scenario: Scenario): SizedStep[] {
  const path = plan(definition, scenario.answers, { today: scenario.today }).steps;
  return path
    .map((step) => {
      const ref = resolveStep(definition, step.id);
      const ui = ref.definition.ui[ref.step] as UiElement | undefined;
      return { id: step.id, controls: ui === undefined ? 0 : countControls(ui, { [ref.step]: stepAnswers(scenario.answers, ref.at) }) };
    })
    .filter((step) => step.controls > 0)
    .sort((a, b) => b.controls - a.controls);
}

function countControls(element: UiElement, data: unknown): number {
  let count = 0;
  if (element.type === 'Control' && element.scope !== undefined) {
    count += 1;
    const detail = element.options?.['detail'] as UiElement | undefined;
    const items = dataAt(data, element.scope);
    if (detail !== undefined && Array.isArray(items)) for (const item of items) count += countControls(detail, item);
  }
  for (const child of element.elements ?? []) count += countControls(child, data);
  return count;
}

/**
 * The first one-line text field of the step that the scenario shows filled in, or undefined
 * when the step shows none (hidden by `showWhen`, or no text answer to find it by).
 */
export function textField(definition: FormDefinition, scenario: Scenario, stepId: string): TextField | undefined {
  const ref = resolveStep(definition, stepId);
  const ui = ref.definition.ui[ref.step] as UiElement | undefined;
  if (ui === undefined) return undefined;
  const data = { [ref.step]: stepAnswers(scenario.answers, ref.at) };
  // conditions see what the renderer's conditionAnswers gives them: own answers, context, computed
  const own = ref.instance === undefined ? scenario.answers : (stepAnswers(scenario.answers, ref.at.slice(0, -1)) as Answers | undefined) ?? {};
  const instance =
    ref.instance === undefined
      ? undefined
      : plan(definition, scenario.answers, { today: scenario.today }).instances.find(
          (entry) => entry.anlage === ref.instance?.anlage && entry.key === ref.instance.key,
        );
  const seen = withContext({ ...own, ...data }, instance?.context);
  const answers = withComputed(seen, computeValues(ref.definition.manifest, seen, scenario.today));
  const fields: TextField[] = [];
  const walk = (element: UiElement, schemaRoot: Schema, dataRoot: unknown, pathPrefix: string, item: unknown): void => {
    const condition = element.options?.['showWhen'] as Condition | undefined;
    if (condition !== undefined && !shown(condition, answers, scenario.today, item)) return;
    if (element.type === 'Control' && element.scope !== undefined) {
      const schema = schemaAt(schemaRoot, element.scope);
      const value = dataAt(dataRoot, element.scope);
      const path = [pathPrefix, ...scopeKeys(element.scope)].filter(Boolean).join('.');
      const detail = element.options?.['detail'] as UiElement | undefined;
      const itemSchema = schema?.items;
      if (detail !== undefined && Array.isArray(value) && itemSchema !== undefined) {
        value.forEach((entry, index) => walk(detail, itemSchema, entry, `${path}.${index}`, entry));
      } else if (schema !== undefined && isPlainText(schema, element) && typeof value === 'string' && value !== '') {
        const maxLength = typeof schema.maxLength === 'number' ? schema.maxLength : 200;
        fields.push({ path, value, room: maxLength - value.length });
      }
    }
    for (const child of element.elements ?? []) walk(child, schemaRoot, dataRoot, pathPrefix, item);
  };
  const root = ref.definition.schema as Schema;
  walk(ui, { type: 'object', properties: { [ref.step]: root.properties?.[ref.step] ?? {} } }, data, '', undefined);
  return fields.find((field) => field.room >= 10 && fields.filter((other) => other.value === field.value).length === 1);
}

function shown(condition: Condition, answers: Record<string, unknown>, today: string, item: unknown): boolean {
  try {
    return evaluate(condition, { answers, today, ...(item === undefined ? {} : { item }) });
  } catch {
    return false;
  }
}

/** A string answered in a one-line input by both renderers: no choice, date or multi-line format. */
function isPlainText(schema: Schema, element: UiElement): boolean {
  const format = element.options?.['format'];
  const schemaFormat = typeof schema.format === 'string' ? schema.format : '';
  return (
    schema.type === 'string' &&
    schema.enum === undefined &&
    schema.const === undefined &&
    (format === undefined || format === 'text') &&
    !schemaFormat.startsWith('date') &&
    element.options?.['multi'] !== true
  );
}

function scopeKeys(scope: string): string[] {
  return scope
    .replace(/^#\//, '')
    .split('/')
    .filter((_, index) => index % 2 === 1);
}

function dataAt(data: unknown, scope: string): unknown {
  let value = data;
  for (const key of scopeKeys(scope)) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

function schemaAt(schema: Schema, scope: string): Schema | undefined {
  let current: Schema | undefined = schema;
  for (const key of scopeKeys(scope)) current = current?.properties?.[key];
  return current;
}
