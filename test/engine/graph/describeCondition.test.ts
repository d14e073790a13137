import { describe, expect, it } from 'vitest';
import { conditionTypes } from '../../../engine/conditions/conditionTypes';
import type { Condition } from '../../../engine/conditions/types';
import type { FormDefinition } from '../../../engine/definition/types';
import { describeCondition } from '../../../engine/graph/describeCondition';
import { umzugForm } from '../../fixtures/core/umzugForm';

function definition(): FormDefinition {
  const form = umzugForm();
  form.messages['en'] = {
    ...form.messages['en'],
    'auswahl.aenderungen.options.umzug': 'Move',
    'umzug.wohnform.options.eigentum': 'Owned home',
    'haushalt.personen.label': 'Person',
    'haushalt.personen.beziehung.label': 'Relationship to you',
    'haushalt.personen.beziehung.options.kind': 'Child',
    'haushalt.personen.beziehung.options.partner': 'Partner',
  };
  return form;
}

const moving: Condition = { type: 'includes', path: '/auswahl/aenderungen', value: 'umzug' };
const rent: Condition = { type: 'answered', path: '/umzug/miete' };
const owned: Condition = { type: 'equals', path: '/umzug/wohnform', value: 'eigentum' };
const homes: Condition = { type: 'oneOf', path: '/umzug/wohnform', values: ['miete', 'eigentum'] };
const adult: Condition = { type: 'compare', left: { ageAt: '/person/geburtsdatum' }, op: '>=', right: { value: 18 } };
const partner: Condition = {
  type: 'some',
  path: '/haushalt/personen',
  where: { type: 'equals', path: './beziehung', value: 'partner' },
};

// [condition, German, English]
const cases: [string, Condition, string, string][] = [
  ['always', { type: 'always' }, 'immer', 'always'],
  ['equals with an option text', owned, '„Wohnform“ ist „Eigentum“', '"Type of home" is "Owned home"'],
  [
    'equals with a boolean',
    { type: 'equals', path: '/person/alleinerziehend', value: true },
    '„Sind Sie alleinerziehend?“ ist „Ja“',
    '"Are you a single parent?" is "Yes"',
  ],
  ['equals with null', { type: 'equals', path: '/umzug/wohnform', value: null }, '„Wohnform“ ist leer', '"Type of home" is empty'],
  ['oneOf', homes, '„Wohnform“ ist „Mietwohnung“ oder „Eigentum“', '"Type of home" is "Rented flat" or "Owned home"'],
  ['includes', moving, '„Umzug“ gewählt', '"Move" chosen'],
  ['answered', rent, '„Neue Miete“ beantwortet', '"New rent" answered'],
  ['compare with an age', adult, 'Alter laut „Geburtsdatum“ mindestens 18', 'age from "Date of birth" at least 18'],
  [
    'compare of an answer with a decimal',
    { type: 'compare', left: { path: '/umzug/miete' }, op: '>', right: { value: 500.5 } },
    '„Neue Miete“ größer als 500,5',
    '"New rent" greater than 500.5',
  ],
  [
    'compare of a literal with a choice, read with its option text',
    { type: 'compare', left: { value: 'miete' }, op: '==', right: { path: '/umzug/wohnform' } },
    '„Mietwohnung“ gleich „Wohnform“',
    '"Rented flat" equal to "Type of home"',
  ],
  [
    'compare with a count over items',
    {
      type: 'compare',
      left: { count: '/haushalt/personen', where: { type: 'equals', path: './beziehung', value: 'kind' } },
      op: '<=',
      right: { value: 2 },
    },
    'Anzahl „Person“ (mit „Beziehung zu Ihnen“ ist „Kind“) höchstens 2',
    'number of "Person" (with "Relationship to you" is "Child") at most 2',
  ],
  [
    'compare with a plain count and days until a date',
    { type: 'compare', left: { daysFromToday: '/umzug/datum' }, op: '<', right: { count: '/haushalt/personen' } },
    'Tage bis „Datum des Umzugs“ kleiner als Anzahl „Person“',
    'days until "Date of the move" less than number of "Person"',
  ],
  [
    'compare with != between answers',
    { type: 'compare', left: { path: '/person/vorname' }, op: '!=', right: { path: '/haushalt/personen/0/name' } },
    '„Vorname“ ungleich „Name“',
    '"First name" not equal to "Name"',
  ],
  [
    'matches with every keyword',
    {
      type: 'matches',
      path: '/umzug/wohnform',
      schema: {
        type: 'string',
        const: 'miete',
        enum: ['miete', 'eigentum'],
        minimum: 1,
        maximum: 2,
        exclusiveMinimum: 0,
        exclusiveMaximum: 3,
        minLength: 1,
        maxLength: 5,
        pattern: '^[a-z]+$',
        minItems: 1,
        maxItems: 2,
      },
    },
    '„Wohnform“ erfüllt: Typ string, genau „Mietwohnung“, einer von „Mietwohnung“ oder „Eigentum“, mindestens 1, höchstens 2, ' +
      'größer als 0, kleiner als 3, mindestens 1 Zeichen, höchstens 5 Zeichen, Muster ^[a-z]+$, mindestens 1 Einträge, höchstens 2 Einträge',
    '"Type of home" matches: type string, exactly "Rented flat", one of "Rented flat" or "Owned home", at least 1, at most 2, ' +
      'greater than 0, less than 3, at least 1 characters, at most 5 characters, pattern ^[a-z]+$, at least 1 items, at most 2 items',
  ],
  ['matches an empty schema', { type: 'matches', path: '/umzug/miete', schema: {} }, '„Neue Miete“ beliebig', '"New rent" any value'],
  [
    'and with a nested or in brackets',
    { type: 'and', conditions: [moving, { type: 'or', conditions: [rent, owned] }] },
    '„Umzug“ gewählt und („Neue Miete“ beantwortet oder „Wohnform“ ist „Eigentum“)',
    '"Move" chosen and ("New rent" answered or "Type of home" is "Owned home")',
  ],
  ['or', { type: 'or', conditions: [rent, moving] }, '„Neue Miete“ beantwortet oder „Umzug“ gewählt', '"New rent" answered or "Move" chosen'],
  ['some', partner, 'ein Eintrag in „Person“ mit „Beziehung zu Ihnen“ ist „Partnerin oder Partner“', 'an entry in "Person" with "Relationship to you" is "Partner"'],
  ['not includes', { type: 'not', condition: moving }, '„Umzug“ nicht gewählt', '"Move" not chosen'],
  ['not equals', { type: 'not', condition: owned }, '„Wohnform“ ist nicht „Eigentum“', '"Type of home" is not "Owned home"'],
  ['not oneOf', { type: 'not', condition: homes }, '„Wohnform“ ist keins von „Mietwohnung“, „Eigentum“', '"Type of home" is none of "Rented flat", "Owned home"'],
  ['not answered', { type: 'not', condition: rent }, '„Neue Miete“ nicht beantwortet', '"New rent" not answered'],
  [
    'not some',
    { type: 'not', condition: partner },
    'kein Eintrag in „Person“ mit „Beziehung zu Ihnen“ ist „Partnerin oder Partner“',
    'no entry in "Person" with "Relationship to you" is "Partner"',
  ],
  ['not not', { type: 'not', condition: { type: 'not', condition: moving } }, '„Umzug“ gewählt', '"Move" chosen'],
  ['not compare', { type: 'not', condition: adult }, 'nicht (Alter laut „Geburtsdatum“ mindestens 18)', 'not (age from "Date of birth" at least 18)'],
  [
    'not and',
    { type: 'not', condition: { type: 'and', conditions: [moving, rent] } },
    'nicht („Umzug“ gewählt und „Neue Miete“ beantwortet)',
    'not ("Move" chosen and "New rent" answered)',
  ],
  ['not always', { type: 'not', condition: { type: 'always' } }, 'nicht (immer)', 'not (always)'],
];

describe('describeCondition', () => {
  it('has cases for every condition type', () => {
    expect(new Set(cases.map(([, condition]) => condition.type))).toEqual(new Set(conditionTypes));
  });

  it.each(cases)('%s (de)', (_, condition, de) => {
    expect(describeCondition(definition(), condition, 'de')).toBe(de);
  });

  it.each(cases)('%s (en)', (_, condition, _de, en) => {
    expect(describeCondition(definition(), condition, 'en')).toBe(en);
  });

  it('reads ./ paths below the forEach array given as item', () => {
    const child: Condition = { type: 'equals', path: './beziehung', value: 'kind' };
    expect(describeCondition(definition(), child, 'de', { item: '/haushalt/personen' })).toBe('„Beziehung zu Ihnen“ ist „Kind“');
    expect(describeCondition(definition(), child, 'de')).toBe('„./beziehung“ ist „kind“');
  });

  it('names an answer without a label by its JSON pointer', () => {
    expect(describeCondition(definition(), { type: 'answered', path: '/umzug/unbekannt' }, 'en')).toBe('"/umzug/unbekannt" answered');
  });

  it('falls back to German for a locale it has no words for', () => {
    expect(describeCondition(definition(), { type: 'not', condition: moving }, 'fr')).toBe('„Umzug“ nicht gewählt');
  });

  it('defaults to German', () => {
    expect(describeCondition(definition(), moving)).toBe('„Umzug“ gewählt');
  });

  it('throws for an unknown condition type, listing the known ones', () => {
    expect(() => describeCondition(definition(), { type: 'greater' } as unknown as Condition)).toThrow(
      'unknown condition type "greater"; known: always, equals, oneOf, includes, answered, compare, matches, and, or, not, some',
    );
  });
});
