import { evaluate } from '../conditions/evaluate';
import { isAnswered } from '../conditions/isAnswered';
import type { Condition } from '../conditions/types';
import type { FormDefinition, JsonSchema, UiSchema } from '../definition/types';
import { fieldKey } from '../i18n/fieldKey';
import { translate } from '../i18n/translate';
import { getAt, joinPointer } from '../util/pointer';
import { personName } from '../household/personName';
import { formatAnswer } from './formatAnswer';
import { itemSchema, propertySchema } from './schemaAt';
import { scopeTokens } from './scopeTokens';
import type { SummaryRow } from './types';
import { isRecord } from '../util/isRecord';

/** Everything the walk over one step's UI schema shares. */
export interface SummaryContext {
  definition: FormDefinition;
  locale: string;
  /** the pruned answers */
  answers: Record<string, unknown>;
  today: string;
}

/** Where an element sits: the answers and schema its scopes are relative to, and its own file position. */
export interface ElementPlace {
  /** pointer tokens of the object the scopes start from (root, or a list item) */
  base: string[];
  /** schema of that object */
  schema: JsonSchema;
  /** the list item for `./` paths in `showWhen`, undefined at the step level */
  item: unknown;
  /** file and JSON pointer of the element, for a form author's error messages */
  where: string;
  depth: number;
}

const elementTypes = ['VerticalLayout', 'HorizontalLayout', 'Group', 'Control', 'Label'];

/**
 * The summary rows of one UI schema element, in UI order: answered controls only (and only where
 * their `options.showWhen` holds), a heading row for a labelled group or each item of a list,
 * with the rows below it one level deeper.
 *
 * @example
 * summarizeElement(context, ui, { base: [], schema: root, item: undefined, where: 'forms/vaem/ui/umzug.json#', depth: 0 });
 */
export function summarizeElement(context: SummaryContext, element: UiSchema, place: ElementPlace): SummaryRow[] {
  switch (element.type) {
    case 'VerticalLayout':
    case 'HorizontalLayout':
      return children(context, element, place, place.depth);
    case 'Group': {
      const label = element['label'];
      if (typeof label !== 'string') return children(context, element, place, place.depth);
      const rows = children(context, element, place, place.depth + 1);
      if (rows.length === 0) return [];
      const heading = { path: commonPrefix(rows.map((row) => row.path)), label: text(context, label), value: '', depth: place.depth };
      return [heading, ...rows];
    }
    case 'Control':
      return control(context, element, place);
    case 'Label':
      // static text on the page; not an answer
      return [];
    default:
      throw new Error(
        `${place.where}/type: unknown UI element type ${JSON.stringify(element.type)}; known: ${elementTypes.join(', ')}`,
      );
  }
}

function children(context: SummaryContext, element: UiSchema, place: ElementPlace, depth: number): SummaryRow[] {
  const elements = Array.isArray(element['elements']) ? (element['elements'] as UiSchema[]) : [];
  return elements.flatMap((child, index) =>
    summarizeElement(context, child, { ...place, where: `${place.where}/elements/${index}`, depth }),
  );
}

function control(context: SummaryContext, element: UiSchema, place: ElementPlace): SummaryRow[] {
  const options = isRecord(element['options']) ? element['options'] : {};
  const tokens = scopeTokens(element['scope'], place.where);
  const pointer = joinPointer([...place.base, ...tokens]);
  // looked up before the answer, so a wrong scope fails for every answer set, not only some
  const schema = schemaOf(context, place, tokens, pointer);
  const showWhen = options['showWhen'] as Condition | undefined;
  if (showWhen !== undefined && !evaluate(showWhen, { answers: context.answers, item: place.item, today: context.today })) {
    return [];
  }
  const value = getAt(context.answers, pointer);
  if (!isAnswered(value)) return [];

  const key = fieldKey(pointer);
  const label = text(context, `${key}.label`);
  if (Array.isArray(value) && value.some(isRecord)) {
    const items = itemSchema(context.definition.schema, schema);
    const detail = isRecord(options['detail']) ? (options['detail'] as UiSchema) : generatedDetail(items);
    return value.flatMap((item: unknown, index) => [
      { path: `${pointer}/${index}`, label: `${label} ${index + 1}`, value: '', depth: place.depth },
      ...summarizeElement(context, detail, {
        base: [...place.base, ...tokens, String(index)],
        schema: items,
        item,
        where: `${place.where}/options/detail`,
        depth: place.depth + 1,
      }),
    ]);
  }
  const fieldSchema = schema['type'] === 'array' ? { ...schema, items: itemSchema(context.definition.schema, schema) } : schema;
  // a "who?" question answers person ids: the summary names the persons
  const formatted =
    typeof options['choicesFrom'] === 'string' && Array.isArray(value)
      ? personNames(getAt(context.answers, options['choicesFrom']), value)
      : formatAnswer(context.definition, context.locale, { key, schema: fieldSchema, options }, value);
  return [{ path: pointer, label, value: formatted, depth: place.depth }];
}

function schemaOf(context: SummaryContext, place: ElementPlace, tokens: string[], pointer: string): JsonSchema {
  let schema: JsonSchema | undefined = place.schema;
  for (const token of tokens) {
    schema = schema === undefined ? undefined : propertySchema(context.definition.schema, schema, token);
  }
  if (schema === undefined) {
    throw new Error(`${place.where}/scope: schema.json declares no property for the answer ${pointer}`);
  }
  return schema;
}

// JSON Forms generates a detail layout when none is given: one control per item property.
function generatedDetail(items: JsonSchema): UiSchema {
  const properties = isRecord(items['properties']) ? Object.keys(items['properties']) : [];
  return {
    type: 'VerticalLayout',
    elements: properties.map((name) => ({ type: 'Control', scope: `#/properties/${encodeURIComponent(name)}` })),
  };
}

function commonPrefix(paths: string[]): string {
  const split = paths.map((path) => path.split('/'));
  const first = split[0] ?? [];
  let length = first.length;
  for (const parts of split) {
    let same = 0;
    while (same < length && parts[same] === first[same]) same++;
    length = same;
  }
  return first.slice(0, length).join('/');
}

function text(context: SummaryContext, key: string): string {
  return translate(context.definition, context.locale, key);
}


/** The names of the persons with these ids in a list of persons (`vorname nachname`), an unknown id as itself. */
function personNames(persons: unknown, ids: readonly unknown[]): string {
  const list = Array.isArray(persons) ? persons.filter(isRecord) : [];
  return ids
    .map((id) => {
      return personName(list.find((entry) => entry['id'] === id)) ?? String(id);
    })
    .join(', ');
}
