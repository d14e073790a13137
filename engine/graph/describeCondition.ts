import { operandKind } from '../conditions/operandKind';
import type { Condition, Json, MatchSchema, Operand } from '../conditions/types';
import { unknownConditionType } from '../conditions/unknownConditionType';
import type { FormDefinition } from '../definition/types';
import { fieldKey } from '../i18n/fieldKey';
import { lookupMessage } from '../i18n/lookupMessage';
import { assertNever } from '../util/assertNever';
import { type ConditionPhrases, conditionPhrases } from './conditionPhrases';

export interface DescribeConditionOptions {
  /** JSON pointer of the array whose items `./` paths point into (a rule's `forEach`) */
  item?: string;
}

interface Context {
  definition: Pick<FormDefinition, 'messages'>;
  locale: string;
  phrases: ConditionPhrases;
  item: string | undefined;
}

/**
 * A condition in plain words, for graphs and generated docs: answers are named by their question
 * (`<fieldKey>.label`) and values by their option text (`<fieldKey>.options.<value>`), both in
 * the locale with German as fallback; a question without a label is named by its JSON pointer.
 * Paths starting with `./` are read below `options.item` (a rule's `forEach` array) or, inside
 * `some` and `count`, below that array. Negations of `includes`, `equals`, `oneOf`, `answered`
 * and `some` are worded directly; nested `and`/`or` are put in brackets. An unknown condition
 * type throws (a form author's mistake).
 *
 * @example
 * const notMoving = { type: 'not', condition: { type: 'includes', path: '/auswahl/aenderungen', value: 'umzug' } };
 * describeCondition(definition, notMoving, 'de'); // '„Umzug“ nicht gewählt'
 * describeCondition(definition, notMoving, 'en'); // '"Move" not chosen'
 */
export function describeCondition(
  definition: Pick<FormDefinition, 'messages'>,
  condition: Condition,
  locale = 'de',
  options: DescribeConditionOptions = {},
): string {
  return describe(condition, { definition, locale, phrases: conditionPhrases(locale), item: options.item }, false);
}

function describe(condition: Condition, context: Context, nested: boolean): string {
  if (typeof condition !== 'object' || condition === null) return unknownConditionType(condition as never);
  const { phrases } = context;
  switch (condition.type) {
    case 'always':
      return phrases.always;
    case 'equals':
      return phrases.is(label(condition.path, context), valueText(condition.path, condition.value, context));
    case 'oneOf':
      return phrases.isOneOf(label(condition.path, context), phrases.alternatives(values(condition.path, condition.values, context)));
    case 'includes':
      return 'valuePath' in condition
        ? phrases.chosen(label(condition.valuePath, context))
        : phrases.chosen(valueText(condition.path, condition.value, context));
    case 'answered':
      return phrases.answered(label(condition.path, context));
    case 'compare': {
      const left = operand(condition.left, condition.right, context);
      const right = operand(condition.right, condition.left, context);
      return `${left} ${phrases.operators[condition.op]} ${right}`;
    }
    case 'matches':
      return matches(condition.path, condition.schema, context);
    case 'and':
    case 'or': {
      const joined = condition.conditions
        .map((part) => describe(part, context, true))
        .join(` ${condition.type === 'and' ? phrases.and : phrases.or} `);
      return nested && condition.conditions.length > 1 ? `(${joined})` : joined;
    }
    case 'not':
      return negate(condition.condition, context, nested);
    case 'some':
      return phrases.some(label(condition.path, context), describe(condition.where, below(condition.path, context), true));
    default:
      return unknownConditionType(condition);
  }
}

/** `not` worded directly where the language has a short form, else "nicht (…)". */
function negate(condition: Condition, context: Context, nested: boolean): string {
  if (typeof condition !== 'object' || condition === null) return unknownConditionType(condition as never);
  const { phrases } = context;
  switch (condition.type) {
    case 'equals':
      return phrases.isNot(label(condition.path, context), valueText(condition.path, condition.value, context));
    case 'oneOf':
      return phrases.isNoneOf(label(condition.path, context), values(condition.path, condition.values, context));
    case 'includes':
      return 'valuePath' in condition
        ? phrases.notChosen(label(condition.valuePath, context))
        : phrases.notChosen(valueText(condition.path, condition.value, context));
    case 'answered':
      return phrases.notAnswered(label(condition.path, context));
    case 'some':
      return phrases.none(label(condition.path, context), describe(condition.where, below(condition.path, context), true));
    case 'not':
      return describe(condition.condition, context, nested);
    default:
      return phrases.not(describe(condition, context, false));
  }
}

function operand(value: Operand, other: Operand, context: Context): string {
  const { phrases } = context;
  const kind = operandKind(value);
  switch (kind) {
    case 'value': {
      // a literal compared with an answer reads best with that answer's option texts
      const against = operandKind(other) === 'path' ? (other as { path: string }).path : undefined;
      return valueText(against, (value as { value: Json }).value, context);
    }
    case 'path':
      return label((value as { path: string }).path, context);
    case 'ageAt':
      return phrases.ageAt(label((value as { ageAt: string }).ageAt, context));
    case 'daysFromToday':
      return phrases.daysFromToday(label((value as { daysFromToday: string }).daysFromToday, context));
    case 'count': {
      const { count, where } = value as Extract<Operand, { count: string }>;
      if (where === undefined) return phrases.count(label(count, context));
      // the phrase brackets the where already
      return phrases.countWhere(label(count, context), describe(where, below(count, context), false));
    }
    default:
      return assertNever(kind);
  }
}

function matches(path: string, schema: MatchSchema, context: Context): string {
  const { phrases } = context;
  const constraints = (Object.keys(phrases.keywords) as (keyof MatchSchema)[])
    .filter((keyword) => schema[keyword] !== undefined)
    .map((keyword) => phrases.keywords[keyword](keywordValue(path, schema, keyword, context)));
  const named = label(path, context);
  return constraints.length === 0 ? phrases.matchesAnything(named) : phrases.matches(named, constraints);
}

function keywordValue(path: string, schema: MatchSchema, keyword: keyof MatchSchema, context: Context): string {
  switch (keyword) {
    case 'type':
    case 'pattern':
      return String(schema[keyword]);
    case 'const':
      return valueText(path, schema.const ?? null, context);
    case 'enum':
      return context.phrases.alternatives(values(path, schema.enum ?? [], context));
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
      return context.phrases.number(Number(schema[keyword]));
    default:
      return assertNever(keyword);
  }
}

/** The context for a `where` below an array: its `./` paths point into the array's items. */
function below(arrayPath: string, context: Context): Context {
  return { ...context, item: absolute(arrayPath, context) };
}

function absolute(path: string, context: Context): string {
  if (context.item === undefined) return path;
  if (path === '.') return context.item;
  return path.startsWith('./') ? context.item + path.slice(1) : path;
}

/** The text key prefix of a path, or undefined when it cannot have texts (an unresolved `./`). */
function keyOf(path: string | undefined, context: Context): string | undefined {
  if (path === undefined) return undefined;
  const resolved = absolute(path, context);
  return resolved.startsWith('/') ? fieldKey(resolved) : undefined;
}

function label(path: string, context: Context): string {
  const key = keyOf(path, context);
  const text = key === undefined ? undefined : lookupMessage(context.definition, context.locale, `${key}.label`);
  return context.phrases.quote(text ?? absolute(path, context));
}

function values(path: string | undefined, list: readonly Json[], context: Context): string[] {
  return list.map((value) => valueText(path, value, context));
}

function valueText(path: string | undefined, value: Json, context: Context): string {
  const { phrases } = context;
  if (typeof value === 'string' || typeof value === 'number') {
    const key = keyOf(path, context);
    const option = key === undefined ? undefined : lookupMessage(context.definition, context.locale, `${key}.options.${value}`);
    if (option !== undefined) return phrases.quote(option);
    return typeof value === 'number' ? phrases.number(value) : phrases.quote(value);
  }
  if (typeof value === 'boolean') return phrases.quote(value ? phrases.yes : phrases.no);
  if (value === null) return phrases.empty;
  return JSON.stringify(value);
}
