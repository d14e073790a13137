import type { CompareOperator, MatchSchema } from '../conditions/types';

/**
 * The words `describeCondition` and `toMermaid` build sentences from, per locale. These texts
 * are for form authors and reviewers (graphs, generated docs), not for citizens, so they live
 * with the code rather than in the forms' i18n files. Arguments come in already quoted.
 */
export interface ConditionPhrases {
  quote(text: string): string;
  number(value: number): string;
  yes: string;
  no: string;
  empty: string;
  /** "a, b oder c" */
  alternatives(items: string[]): string;
  always: string;
  is(label: string, value: string): string;
  isNot(label: string, value: string): string;
  isOneOf(label: string, values: string): string;
  isNoneOf(label: string, values: string[]): string;
  chosen(value: string): string;
  notChosen(value: string): string;
  answered(label: string): string;
  notAnswered(label: string): string;
  operators: Record<CompareOperator, string>;
  ageAt(label: string): string;
  count(label: string): string;
  countWhere(label: string, where: string): string;
  daysFromToday(label: string): string;
  matches(label: string, constraints: string[]): string;
  matchesAnything(label: string): string;
  /** one phrase per keyword of a `matches` schema, in the order they are listed */
  keywords: { [K in keyof Required<MatchSchema>]: (value: string) => string };
  and: string;
  or: string;
  not(inner: string): string;
  some(label: string, where: string): string;
  none(label: string, where: string): string;
  /** edge labels of the flow graph */
  otherwise: string;
  skip: string;
  skipWhen(condition: string): string;
}

const de: ConditionPhrases = {
  quote: (text) => `„${text}“`,
  number: (value) => String(value).replace('.', ','),
  yes: 'Ja',
  no: 'Nein',
  empty: 'leer',
  alternatives: (items) => join(items, 'oder'),
  always: 'immer',
  is: (label, value) => `${label} ist ${value}`,
  isNot: (label, value) => `${label} ist nicht ${value}`,
  isOneOf: (label, values) => `${label} ist ${values}`,
  isNoneOf: (label, values) => `${label} ist keins von ${values.join(', ')}`,
  chosen: (value) => `${value} gewählt`,
  notChosen: (value) => `${value} nicht gewählt`,
  answered: (label) => `${label} beantwortet`,
  notAnswered: (label) => `${label} nicht beantwortet`,
  operators: { '<': 'kleiner als', '<=': 'höchstens', '>': 'größer als', '>=': 'mindestens', '==': 'gleich', '!=': 'ungleich' },
  ageAt: (label) => `Alter laut ${label}`,
  count: (label) => `Anzahl ${label}`,
  countWhere: (label, where) => `Anzahl ${label} (mit ${where})`,
  daysFromToday: (label) => `Tage bis ${label}`,
  matches: (label, constraints) => `${label} erfüllt: ${constraints.join(', ')}`,
  matchesAnything: (label) => `${label} beliebig`,
  keywords: {
    type: (value) => `Typ ${value}`,
    const: (value) => `genau ${value}`,
    enum: (value) => `einer von ${value}`,
    minimum: (value) => `mindestens ${value}`,
    maximum: (value) => `höchstens ${value}`,
    exclusiveMinimum: (value) => `größer als ${value}`,
    exclusiveMaximum: (value) => `kleiner als ${value}`,
    minLength: (value) => `mindestens ${value} Zeichen`,
    maxLength: (value) => `höchstens ${value} Zeichen`,
    pattern: (value) => `Muster ${value}`,
    minItems: (value) => `mindestens ${value} Einträge`,
    maxItems: (value) => `höchstens ${value} Einträge`,
  },
  and: 'und',
  or: 'oder',
  not: (inner) => `nicht (${inner})`,
  some: (label, where) => `ein Eintrag in ${label} mit ${where}`,
  none: (label, where) => `kein Eintrag in ${label} mit ${where}`,
  otherwise: 'sonst',
  skip: 'überspringen',
  skipWhen: (condition) => `überspringen, wenn ${condition}`,
};

const en: ConditionPhrases = {
  quote: (text) => `"${text}"`,
  number: (value) => String(value),
  yes: 'Yes',
  no: 'No',
  empty: 'empty',
  alternatives: (items) => join(items, 'or'),
  always: 'always',
  is: (label, value) => `${label} is ${value}`,
  isNot: (label, value) => `${label} is not ${value}`,
  isOneOf: (label, values) => `${label} is ${values}`,
  isNoneOf: (label, values) => `${label} is none of ${values.join(', ')}`,
  chosen: (value) => `${value} chosen`,
  notChosen: (value) => `${value} not chosen`,
  answered: (label) => `${label} answered`,
  notAnswered: (label) => `${label} not answered`,
  operators: { '<': 'less than', '<=': 'at most', '>': 'greater than', '>=': 'at least', '==': 'equal to', '!=': 'not equal to' },
  ageAt: (label) => `age from ${label}`,
  count: (label) => `number of ${label}`,
  countWhere: (label, where) => `number of ${label} (with ${where})`,
  daysFromToday: (label) => `days until ${label}`,
  matches: (label, constraints) => `${label} matches: ${constraints.join(', ')}`,
  matchesAnything: (label) => `${label} any value`,
  keywords: {
    type: (value) => `type ${value}`,
    const: (value) => `exactly ${value}`,
    enum: (value) => `one of ${value}`,
    minimum: (value) => `at least ${value}`,
    maximum: (value) => `at most ${value}`,
    exclusiveMinimum: (value) => `greater than ${value}`,
    exclusiveMaximum: (value) => `less than ${value}`,
    minLength: (value) => `at least ${value} characters`,
    maxLength: (value) => `at most ${value} characters`,
    pattern: (value) => `pattern ${value}`,
    minItems: (value) => `at least ${value} items`,
    maxItems: (value) => `at most ${value} items`,
  },
  and: 'and',
  or: 'or',
  not: (inner) => `not (${inner})`,
  some: (label, where) => `an entry in ${label} with ${where}`,
  none: (label, where) => `no entry in ${label} with ${where}`,
  otherwise: 'otherwise',
  skip: 'skip',
  skipWhen: (condition) => `skip if ${condition}`,
};

const byLocale: Record<string, ConditionPhrases> = { de, en };

/**
 * The phrases for a locale: German or English; any other locale gets German, the source
 * language, like `translate` falls back to German.
 *
 * @example
 * conditionPhrases('en').notChosen('"Move"'); // '"Move" not chosen'
 */
export function conditionPhrases(locale: string): ConditionPhrases {
  return (Object.prototype.hasOwnProperty.call(byLocale, locale) ? byLocale[locale] : undefined) ?? de;
}

function join(items: string[], last: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1] ?? ''}`;
}
