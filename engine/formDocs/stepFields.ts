import type { Condition } from '../conditions/types';
import type { FormDefinition, JsonSchema, UiSchema } from '../definition/types';
import { describeCondition } from '../graph/describeCondition';
import { fieldKey } from '../i18n/fieldKey';
import { lookupMessage } from '../i18n/lookupMessage';
import { translate } from '../i18n/translate';
import { itemSchema, propertySchema, resolveRef } from '../summary/schemaAt';
import { scopeTokens } from '../summary/scopeTokens';
import { joinPointer } from '../util/pointer';
import { isRecord } from '../util/isRecord';

/** One question of a step, as the generated form page lists it. */
export interface FieldDoc {
  /** JSON pointer of the answer; `*` stands for every item of a list */
  pointer: string;
  /** the question, after the labels of the groups and lists it sits in (joined with " › ") */
  label: string;
  /** JSON Schema type, format and UI format, e.g. "string, date" or "array of string, checkboxes" */
  type: string;
  /** `conditional`: required only in an `if`/`then`/`else` or `allOf` branch or by `dependentRequired` */
  required: 'yes' | 'no' | 'conditional';
  options: { value: string; text: string }[];
  /** the control's `showWhen` in words */
  shownWhen?: string;
}

interface Place {
  /** pointer tokens of the object the scopes start from; `*` for a list item */
  base: string[];
  /** the same without `*`: the tokens of the text keys */
  keyBase: string[];
  schema: JsonSchema;
  labels: string[];
  where: string;
}

/**
 * The questions of one step in UI order, read from its UI schema (`ui/<step>.json`) and the
 * schema: label, type, whether required, enum options with their texts and the `showWhen`
 * condition in words. A list with a `detail` UI schema gives a row for the list and one per
 * field of its items. Steps without a UI schema (Nachweis checklist, summary) have none.
 *
 * @example
 * stepFields(definition, 'umzug', 'de')[0];
 * // { pointer: '/umzug/neueAdresse/strasse', label: 'Neue Adresse › Straße', type: 'string',
 * //   required: 'yes', options: [] }
 */
export function stepFields(definition: FormDefinition, step: string, locale = 'de'): FieldDoc[] {
  const ui = Object.prototype.hasOwnProperty.call(definition.ui, step) ? definition.ui[step] : undefined;
  if (ui === undefined) return [];
  const context = { definition, locale, root: definition.schema };
  return element(context, ui, { base: [], keyBase: [], schema: definition.schema, labels: [], where: `ui/${step}.json#` });
}

interface Context {
  definition: FormDefinition;
  locale: string;
  root: JsonSchema;
}

function element(context: Context, ui: UiSchema, place: Place): FieldDoc[] {
  switch (ui.type) {
    case 'Control':
      return control(context, ui, place);
    case 'Group': {
      const label = typeof ui['label'] === 'string' ? translate(context.definition, context.locale, ui['label']) : undefined;
      return children(context, ui, label === undefined ? place : { ...place, labels: [...place.labels, label] });
    }
    case 'VerticalLayout':
    case 'HorizontalLayout':
      return children(context, ui, place);
    default:
      // static text (Label) and anything else holds no answer
      return [];
  }
}

function children(context: Context, ui: UiSchema, place: Place): FieldDoc[] {
  const elements = Array.isArray(ui['elements']) ? (ui['elements'] as UiSchema[]) : [];
  return elements.flatMap((child, index) => element(context, child, { ...place, where: `${place.where}/elements/${index}` }));
}

function control(context: Context, ui: UiSchema, place: Place): FieldDoc[] {
  const { definition, locale, root } = context;
  const tokens = scopeTokens(ui['scope'], place.where);
  const schemas = tokens.reduce<(JsonSchema | undefined)[]>(
    (chain, token) => {
      const parent = chain[chain.length - 1];
      return [...chain, parent === undefined ? undefined : propertySchema(root, parent, token)];
    },
    [place.schema],
  );
  const schema = schemas[schemas.length - 1];
  const parent = schemas[schemas.length - 2];
  const name = tokens[tokens.length - 1] ?? '';
  const keyTokens = [...place.keyBase, ...tokens];
  const key = fieldKey(joinPointer(keyTokens));
  const options = isRecord(ui['options']) ? ui['options'] : {};
  const label = [...place.labels, lookupMessage(definition, locale, `${key}.label`) ?? key];
  const resolved = schema === undefined ? {} : resolveRef(root, schema);
  const items = resolved['type'] === 'array' ? itemSchema(root, resolved) : undefined;
  const showWhen = options['showWhen'] as Condition | undefined;
  const item = place.keyBase.length === 0 ? undefined : joinPointer(place.keyBase);

  const row: FieldDoc = {
    pointer: joinPointer([...place.base, ...tokens]),
    label: label.join(' › '),
    type: typeText(resolved, items, options['format']),
    required: parent === undefined ? 'no' : required(root, parent, name),
    options: enumValues(items ?? resolved).map((value) => ({
      value,
      text: lookupMessage(definition, locale, `${key}.options.${value}`) ?? value,
    })),
    ...(showWhen === undefined ? {} : { shownWhen: describeCondition(definition, showWhen, locale, item === undefined ? {} : { item }) }),
  };
  const detail = options['detail'];
  if (items === undefined || !isRecord(detail)) return [row];
  const itemPlace: Place = {
    base: [...place.base, ...tokens, '*'],
    keyBase: keyTokens,
    schema: items,
    labels: label,
    where: `${place.where}/options/detail`,
  };
  return [row, ...element(context, detail as UiSchema, itemPlace)];
}

function typeText(schema: JsonSchema, items: JsonSchema | undefined, uiFormat: unknown): string {
  const type = typeof schema['type'] === 'string' ? schema['type'] : undefined;
  const itemType = items !== undefined && typeof items['type'] === 'string' ? items['type'] : 'any';
  const parts = [
    type === 'array' ? `array of ${itemType}` : type,
    typeof schema['format'] === 'string' ? schema['format'] : undefined,
    typeof uiFormat === 'string' ? uiFormat : undefined,
  ];
  return parts.filter((part) => part !== undefined).join(', ');
}

function required(root: JsonSchema, parent: JsonSchema, name: string): FieldDoc['required'] {
  const object = resolveRef(root, parent);
  if (listed(object['required'], name)) return 'yes';
  const branches = [...(Array.isArray(object['allOf']) ? object['allOf'] : []), object['then'], object['else']];
  const inBranch = branches.some((branch) => isRecord(branch) && listed(resolveRef(root, branch)['required'], name));
  const dependent = isRecord(object['dependentRequired']) && Object.values(object['dependentRequired']).some((list) => listed(list, name));
  return inBranch || dependent ? 'conditional' : 'no';
}

function listed(list: unknown, name: string): boolean {
  return Array.isArray(list) && list.includes(name);
}

function enumValues(schema: JsonSchema): string[] {
  const values = schema['enum'];
  return Array.isArray(values) ? values.map((value) => (typeof value === 'string' ? value : JSON.stringify(value))) : [];
}
