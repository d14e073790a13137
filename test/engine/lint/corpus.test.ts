import { describe, expect, it } from 'vitest';
import { checkForm } from '../../../engine/definition/checkForm';
import type { FormFiles } from '../../../engine/definition/FormFiles';
import { formatProblem } from '../../../engine/definition/formatProblem';
import { listForms } from '../../../engine/definition/listForms';
import { readFormFolder } from '../../../engine/definition/readFormFolder';
import { corpusCases } from './corpusCases';

const vaem = readFormFolder('forms/vaem', { sharedDir: 'forms/shared' });
const STEPS = 'person, auswahl, umzug, personenwechsel, familienereignis, arbeit, selbstaendigkeit, ausbildung, leistungen, unterhalt, schwangerschaft, bankverbindung, krankenversicherung, vermoegen, sonstiges, anlagen, erklaerung, nachweise, zusammenfassung';
const KINDS = JSON.stringify(vaem.documentKinds).replace(/[[\]"]/g, '').replace(/,/g, ', ');
const ASKED = 'mietvertag, meldebescheinigung, zusicherung-umzug, geburtsurkunde, heiratsurkunde, sterbeurkunde, arbeitsvertrag, lohnabrechnung, kuendigung, gewerbeanmeldung, gewerbeabmeldung, ausbildungsvertrag, immatrikulationsbescheinigung, schulbescheinigung, bafoeg-bescheid, bab-bescheid, antrag-leistung, rentenbescheid, leistungsbescheid, unterhaltsnachweis, mutterpass, kontonachweis, versicherungsnachweis, vermoegensnachweis';
const CHANGES = '"umzug", "personenwechsel", "familienereignis", "arbeit", "selbstaendigkeit", "ausbildung", "leistungen", "unterhalt", "schwangerschaft", "bankverbindung", "krankenversicherung", "vermoegen", "sonstiges"';

/** The exact findings each mistake of corpusCases gives, by behaviour. */
const expected: Record<string, string[]> = {
  'a misspelled transition target': [
    `forms/vaem/flow.json#/states/person/on/NEXT: unknown-step: unknown step "auswahll"; known: ${STEPS}`,
  ],
  'an unknown condition type': [
    `forms/vaem/flow.json#/states/umzug/always/guard/params/condition/type: unknown-condition-type: unknown condition type "contains"; known: always, equals, oneOf, includes, answered, compare, matches, and, or, not, some`,
  ],
  'a misspelled condition path': [
    `forms/vaem/flow.json#/states/umzug/always/guard/params/condition/path: unknown-field: unknown path "/auswahl/aenderung": no "aenderung" in "/auswahl"; known: aenderungen, anlagenJetzt`,
  ],
  'a condition value outside the enum': [
    `forms/vaem/flow.json#/states/umzug/always/guard/params/condition/value: unknown-enum-value: "umzg" is not a value of this field; allowed: ${CHANGES}`,
  ],
  'includes on a field that is no list': [
    `forms/vaem/flow.json#/states/umzug/always/guard/params/condition/path: not-a-list: "/person/vorname" is not an array in the schema; includes needs a list`,
  ],
  'a relative path outside forEach': [
    `forms/vaem/flow.json#/states/umzug/always/guard/params/condition/path: invalid-path: relative path "./datum" only works inside forEach, some or count; write an absolute path like "/step/field"`,
  ],
  'a guard other than "when"': [
    `forms/vaem/flow.json#/states/umzug/always/guard/type: invalid-guard: unknown guard type "unless"; guards are { "type": "when", "params": <condition> }`,
  ],
  'a misspelled document kind': [
    `forms/vaem/evidence.json#/0/documents/0: unknown-document-kind: unknown document kind "mietvertag"; known: ${KINDS} (add new kinds to forms/shared/document-kinds.json)`,
    `forms/vaem/scenarios/01-umzug-mit-miete.json#/expect/evidence/0/document: impossible-expectation: no rule of evidence.json asks for "mietvertrag"; known: ${ASKED}`,
    `forms/vaem/scenarios/22-umzug-mit-partner-und-kind.json#/expect/evidence/0/document: impossible-expectation: no rule of evidence.json asks for "mietvertrag"; known: ${ASKED}`,
    `forms/vaem/scenarios/28-alle-aenderungen.json#/expect/evidence/0/document: impossible-expectation: no rule of evidence.json asks for "mietvertrag"; known: ${ASKED}`,
    `forms/vaem/scenarios/30-umzug-mit-anlage-kdu.json#/expect/evidence/0/document: impossible-expectation: no rule of evidence.json asks for "mietvertrag"; known: ${ASKED}`,
  ],
  'a misspelled Anlage code': [
    `forms/vaem/form.json#/anlagen/0/anlage: unknown-anlage: unknown Anlage "KUD"; known: WEP, KI, HG, VE, EK, EKS, VM, KDU, SV, MEB, BB, UF, UH1, UH2, UH3, UH4, EB (use a known code, or add "anlage.KUD" to the texts in forms/shared/i18n)`,
    `forms/vaem/scenarios/01-umzug-mit-miete.json#/expect/anlagen/0/anlage: impossible-expectation: no rule of form.json brings in Anlage "KDU"; known: KUD, WEP, EK, KI, EB, EKS, SV, VM`,
    `forms/vaem/scenarios/22-umzug-mit-partner-und-kind.json#/expect/anlagen/0/anlage: impossible-expectation: no rule of form.json brings in Anlage "KDU"; known: KUD, WEP, EK, KI, EB, EKS, SV, VM`,
    `forms/vaem/scenarios/28-alle-aenderungen.json#/expect/anlagen/0/anlage: impossible-expectation: no rule of form.json brings in Anlage "KDU"; known: KUD, WEP, EK, KI, EB, EKS, SV, VM`,
    ...[4, 5, 6, 7].map((index) => `forms/vaem/scenarios/30-umzug-mit-anlage-kdu.json#/expect/steps/${index}: unknown-step: step "KDU:bg:${['wohnform', 'wohnung', 'miete', 'heizung'][index - 4]}" belongs to Anlage KDU, which no rule of form.json brings in; known: KUD, WEP, EK, KI, EB, EKS, SV, VM`),
    `forms/vaem/scenarios/30-umzug-mit-anlage-kdu.json#/expect/anlagen/0/anlage: impossible-expectation: no rule of form.json brings in Anlage "KDU"; known: KUD, WEP, EK, KI, EB, EKS, SV, VM`,
    `forms/vaem/scenarios/30-umzug-mit-anlage-kdu.json#/expect/evidence/3/anlage: impossible-expectation: no rule of form.json brings in Anlage "KDU"; known: KUD, WEP, EK, KI, EB, EKS, SV, VM`,
    `forms/vaem/scenarios/30-umzug-mit-anlage-kdu.json#/expect/evidence/4/anlage: impossible-expectation: no rule of form.json brings in Anlage "KDU"; known: KUD, WEP, EK, KI, EB, EKS, SV, VM`,
  ],
  'two Nachweis rules with one id': [
    `forms/vaem/evidence.json#/1/id: duplicate-id: duplicate id "umzug-miete"; /0 has it already`,
  ],
  'an unknown form kind': [
    `forms/vaem/form.json#/kind: invalid-manifest: must be one of "antrag", "anlage", "mitteilung", "widerspruch", "nachricht"; got "formular"`,
  ],
  'a step title missing in English': [
    `forms/vaem/i18n/en.json#/steps.umzug.title: missing-text: missing text "steps.umzug.title" (needed by forms/vaem/flow.json#/states/umzug)`,
  ],
  'a hint only German has': [
    `forms/vaem/i18n/en.json#/person.vorname.hint: missing-translation: missing text "person.vorname.hint"; the de texts have it`,
  ],
  'a text that is its key': [
    `forms/vaem/i18n/de.json#/steps.umzug.title: text-equals-key [warning]: the text of "steps.umzug.title" is its key (write the text a citizen reads)`,
  ],
  'a pattern without an error text in plain German': [
    `forms/shared/i18n/de.json#/error.pattern: missing-error-text: missing text "error.pattern" (needed by forms/vaem/schema.json#/properties/sonstiges/properties/text/pattern)`,
  ],
  'a step no path reaches': [
    `forms/vaem/flow.json#/states/umzug: unreachable-step: unreachable: no transition leads here from "person"`,
  ],
  'a step whose only NEXT guard never holds': [
    `forms/vaem/flow.json#/states/erklaerung/on/NEXT/0/guard/params: condition-never-holds: "not" of a condition that always holds never holds`,
    `forms/vaem/flow.json#/states/erklaerung/on/NEXT: no-way-forward: no way forward: the guard of every NEXT transition never holds (add a transition without guard as the last one)`,
    `forms/vaem/flow.json#/states/nachweise: unreachable-step: unreachable: no transition leads here from "person"`,
    `forms/vaem/flow.json#/states/zusammenfassung: unreachable-step: unreachable: no transition leads here from "person"`,
  ],
  'a transition back to the first step': [
    `forms/vaem/flow.json#/states/erklaerung/on/NEXT/0: cycle: person → auswahl → umzug → personenwechsel → familienereignis → arbeit → selbstaendigkeit → ausbildung → leistungen → unterhalt → schwangerschaft → bankverbindung → krankenversicherung → vermoegen → sonstiges → anlagen → erklaerung → person goes round in circles: the citizen can be trapped (let every transition lead forward to the summary)`,
  ],
  'an "and" asking for two values of one field': [
    `forms/vaem/evidence.json#/0/when: contradictory-condition: "/umzug/neueMiete" equals true (/conditions/1) and equals false (/conditions/2): both cannot hold at once`,
  ],
  'an Anlage rule with "not always"': [
    `forms/vaem/form.json#/anlagen/0/when: condition-never-holds: "not" of a condition that always holds never holds`,
  ],
  'a value compared with itself by "<"': [
    `forms/vaem/form.json#/identityRules/0/when: condition-never-holds: compares {"path":"/umzug/grundmiete"} with itself by "<", which is never true`,
  ],
  'a question whose showWhen contradicts itself': [
    `forms/vaem/ui/umzug.json#/elements/4/options/showWhen: never-shown-control: showWhen never holds, so the question is never shown: "/umzug/neueMiete" equals true (/conditions/0) and equals false (/conditions/1): both cannot hold at once`,
  ],
  'a yes/no question compared with a word': [
    `forms/vaem/ui/umzug.json#/elements/4/options/showWhen/value: condition-never-holds: "ja" is of type string, but this field holds boolean values, so the comparison never holds`,
  ],
  'a misspelled computation': [
    `forms/vaem/form.json#/computed/0/function: unknown-computation: unknown computation "widerspruchsfrist"; known: leistungsbeginn, anliegen, haushalt, widerspruchFrist, abwesenheit, terminanfrage`,
  ],
  'a condition reading a computed field that does not exist': [
    `forms/vaem/flow.json#/states/umzug/always/guard/params/path: unknown-field: unknown path "/$computed/frist/spaet": no "spaet" in "/$computed/frist"; known: deemedNotification, deadline, rawDeadline, period, basis, late, daysLeft, movedBecause`,
  ],
  'a required field without a control': [
    `forms/vaem/schema.json#/properties/umzug/properties/datum: required-field-unreachable: required field "/umzug/datum" has no control in ui/umzug.json that is ever shown: step "umzug" can never be completed (add a control with scope "#/properties/umzug/properties/datum" or remove the field from "required")`,
  ],
  'a schema field no step asks': [
    `forms/vaem/schema.json#/properties/umzug/properties/notiz: unused-schema-field [warning]: field "/umzug/notiz" has no control in ui/umzug.json that is ever shown: no one can answer it (add a control with scope "#/properties/umzug/properties/notiz" or remove the field)`,
  ],
  'a keyword the renderers do not support': [
    `forms/vaem/schema.json#/properties/person/additionalProperties: unsupported-keyword: unsupported keyword "additionalProperties"; docs/form-format.md lists the supported keywords`,
  ],
  'an unknown format': [
    `forms/vaem/schema.json#/properties/person/properties/telefon/format: unknown-format: unknown format "telefon"; known: date, date-past, date-future, iban, plz, email, phone, steuer-id, rvnr`,
  ],
  'a control scope outside its step': [
    `forms/vaem/ui/umzug.json#/elements/1/scope: scope-outside-step: "#/properties/person/properties/vorname" must lie below the step's property: "#/properties/umzug/properties/<field>"`,
  ],
  'a JSON Forms rule': [
    `forms/vaem/ui/umzug.json#/elements/1/rule: json-forms-rule: JSON Forms rules are not used; put the condition in "options": { "showWhen": <condition> }`,
  ],
  'an unknown control format': [
    `forms/vaem/ui/umzug.json#/elements/2/options/format: unknown-control-format: unknown control format "buttons"; known: radio, select, checkboxes, textarea, money`,
  ],
  'a step without its UI schema': [
    `forms/vaem/ui/sonstiges.json: step-without-ui: missing file: step "sonstiges" of flow.json needs its UI schema here`,
  ],
  'a flow.json with a trailing comma': [
    `forms/vaem/flow.json: invalid-json: invalid JSON at line 3, column 1: Expected double-quoted property name`,
  ],
};

describe('formflow lint corpus', () => {
  it.each(corpusCases)('finds exactly the expected findings for $behaviour', ({ behaviour, edit, rules }) => {
    const files = structuredClone(vaem) as FormFiles;
    edit(files);
    const lines = checkForm(files).map(formatProblem);
    expect(lines).toEqual(expected[behaviour]);
    for (const rule of rules) expect(lines.some((line) => line.includes(`: ${rule}: `) || line.includes(`: ${rule} [warning]: `))).toBe(true);
  });

  it('covers at least 25 kinds of mistakes', () => {
    expect(new Set(corpusCases.flatMap((entry) => entry.rules)).size).toBeGreaterThanOrEqual(25);
  });

  it('lints every shipped form clean: no errors and no warnings', () => {
    const forms = listForms('forms');
    expect(forms.length).toBeGreaterThan(0);
    for (const form of forms) expect(checkForm(readFormFolder(form.dir, { sharedDir: 'forms/shared' })).map(formatProblem)).toEqual([]);
  });
});
