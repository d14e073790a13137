import { describe, expect, it } from 'vitest';
import { checkForm } from '../../../engine/definition/checkForm';
import { formatProblem } from '../../../engine/definition/formatProblem';
import type { FormFiles } from '../../../engine/definition/FormFiles';
import { readFormFiles } from '../../../engine/definition/readFormFiles';

const valid = readFormFiles('test/fixtures/definitions/valid', 'mini');
const M = 'test/fixtures/definitions/valid/mini';
const S = 'test/fixtures/definitions/valid/shared';

/** The corpus edits parsed JSON freely. */
type Edit = (files: any) => void;

/** Problem lines of a copy of the valid fixture form changed by `edit`. */
function linesAfter(edit: Edit): string[] {
  const files = structuredClone(valid) as FormFiles;
  edit(files);
  return checkForm(files).map(formatProblem);
}

const STEPS = 'person, auswahl, umzug, haushalt, erklaerung, nachweise, zusammenfassung';
const guard = (files: any) => files.flow.states.umzug.always.guard;

describe('checkForm', () => {
  it('finds no problem in a valid form', () => {
    expect(checkForm(valid)).toEqual([]);
  });

  const corpus: { behaviour: string; edit: Edit; lines: string[] }[] = [
    {
      behaviour: 'an unknown transition target names the known steps',
      edit: (f) => { f.flow.states.person.on.NEXT = [{ target: 'auswahll' }]; },
      lines: [`${M}/flow.json#/states/person/on/NEXT/0/target: unknown-step: unknown step "auswahll"; known: ${STEPS}`],
    },
    {
      behaviour: 'an unknown initial step is reported',
      edit: (f) => { f.flow.initial = 'start'; },
      lines: [`${M}/flow.json#/initial: unknown-step: unknown step "start"; known: ${STEPS}`],
    },
    {
      behaviour: 'a guard other than "when" is reported',
      edit: (f) => { guard(f).type = 'unless'; },
      lines: [`${M}/flow.json#/states/umzug/always/guard/type: invalid-guard: unknown guard type "unless"; guards are { "type": "when", "params": <condition> }`],
    },
    {
      behaviour: 'a named guard string is reported',
      edit: (f) => { f.flow.states.umzug.always.guard = 'keinUmzug'; },
      lines: [`${M}/flow.json#/states/umzug/always/guard: invalid-guard: guards are { "type": "when", "params": <condition> }`],
    },
    {
      behaviour: 'an unknown condition type lists the known types',
      edit: (f) => { guard(f).params.condition.type = 'contains'; },
      lines: [`${M}/flow.json#/states/umzug/always/guard/params/condition/type: unknown-condition-type: unknown condition type "contains"; known: always, equals, oneOf, includes, answered, compare, matches, and, or, not, some`],
    },
    {
      behaviour: 'a condition missing a field names it',
      edit: (f) => { delete guard(f).params.condition.value; },
      lines: [`${M}/flow.json#/states/umzug/always/guard/params/condition: invalid-condition: missing "value" (or "valuePath" to read the value from the current item)`],
    },
    {
      behaviour: 'a block without its message, and its condition checked like any',
      edit: (f) => { f.flow.states.person.meta = { blockWhen: { type: 'equals', path: '/person/nam', value: 'x' } }; },
      lines: [
        `${M}/flow.json#/states/person/meta/blockMessage: invalid-flow: a blockWhen needs a "blockMessage": the text key of what the citizen is told`,
        `${M}/flow.json#/states/person/meta/blockWhen/path: unknown-field: unknown path "/person/nam": no "nam" in "/person"; known: name, geburtsdatum, iban`,
      ],
    },
    {
      behaviour: 'a Nachweis rule with documents and documentFrom says to give one',
      edit: (f) => { f.evidence[0].documentFrom = './document'; },
      lines: [`${M}/evidence.json#/0: invalid-evidence: give "documents" or "documentFrom", not both`],
    },
    {
      behaviour: 'a Nachweis rule naming its documents from items needs forEach',
      edit: (f) => { delete f.evidence[0].documents; f.evidence[0].documentFrom = './document'; },
      lines: [`${M}/evidence.json#/0/documentFrom: invalid-evidence: "documentFrom" reads the document kind from each item: it needs "forEach"`],
    },
    {
      behaviour: 'an includes condition with both value and valuePath says to give one',
      edit: (f) => { guard(f).params.condition.valuePath = '/person/vorname'; },
      lines: [`${M}/flow.json#/states/umzug/always/guard/params/condition: invalid-condition: give "value" or "valuePath", not both`],
    },
    {
      behaviour: 'an includes valuePath is checked like any path',
      edit: (f) => { delete guard(f).params.condition.value; guard(f).params.condition.valuePath = '/person/vornam'; },
      lines: [`${M}/flow.json#/states/umzug/always/guard/params/condition/valuePath: unknown-field: unknown path "/person/vornam": no "vornam" in "/person"; known: name, geburtsdatum, iban`],
    },
    {
      behaviour: 'a condition path not in the schema names what exists there',
      edit: (f) => { guard(f).params.condition.path = '/auswahl/aenderung'; },
      lines: [`${M}/flow.json#/states/umzug/always/guard/params/condition/path: unknown-field: unknown path "/auswahl/aenderung": no "aenderung" in "/auswahl"; known: aenderungen`],
    },
    {
      behaviour: 'a condition path with an unknown step names the steps',
      edit: (f) => { guard(f).params.condition.path = '/wahl/aenderungen'; },
      lines: [`${M}/flow.json#/states/umzug/always/guard/params/condition/path: unknown-field: unknown path "/wahl/aenderungen": no "wahl" in the answers root; known: person, auswahl, umzug, haushalt, erklaerung`],
    },
    {
      behaviour: 'a value compared with an enum field must be one of its values',
      edit: (f) => { guard(f).params.condition.value = 'umzg'; },
      lines: [`${M}/flow.json#/states/umzug/always/guard/params/condition/value: unknown-enum-value: "umzg" is not a value of this field; allowed: "umzug", "haushalt"`],
    },
    {
      behaviour: 'includes needs an array',
      edit: (f) => { guard(f).params.condition.path = '/person/name'; },
      lines: [`${M}/flow.json#/states/umzug/always/guard/params/condition/path: not-a-list: "/person/name" is not an array in the schema; includes needs a list`],
    },
    {
      behaviour: 'a relative path outside forEach, some or count is reported',
      edit: (f) => { f.manifest.identityRules[0].when = { type: 'answered', path: './datum' }; },
      lines: [`${M}/form.json#/identityRules/0/when/path: invalid-path: relative path "./datum" only works inside forEach, some or count; write an absolute path like "/step/field"`],
    },
    {
      behaviour: 'a ./ path of a forEach rule is checked against the items of the array',
      edit: (f) => { f.manifest.anlagen[1].when.path = './bezihung'; },
      lines: [`${M}/form.json#/anlagen/1/when/path: unknown-field: unknown path "./bezihung": no "bezihung" in the items of "/haushalt/personen"; known: name, geburtsdatum, beziehung`],
    },
    {
      behaviour: 'a forEach path must be an array',
      edit: (f) => { f.manifest.anlagen[1].forEach = '/haushalt'; },
      lines: [`${M}/form.json#/anlagen/1/forEach: not-a-list: "/haushalt" is not an array in the schema; forEach needs a list`],
    },
    {
      behaviour: 'some checks its where condition against the items of its array',
      edit: (f) => {
        f.manifest.identityRules[0].when = { type: 'some', path: '/haushalt/personen', where: { type: 'equals', path: './rolle', value: 'kind' } };
      },
      lines: [`${M}/form.json#/identityRules/0/when/where/path: unknown-field: unknown path "./rolle": no "rolle" in the items of "/haushalt/personen"; known: name, geburtsdatum, beziehung`],
    },
    {
      behaviour: 'count checks its where condition against the items of its array',
      edit: (f) => {
        f.evidence[1].when = { type: 'compare', left: { count: '/haushalt/personen', where: { type: 'answered', path: './alter' } }, op: '>', right: { value: 0 } };
        delete f.evidence[1].forEach;
      },
      lines: [`${M}/evidence.json#/1/when/left/where/path: unknown-field: unknown path "./alter": no "alter" in the items of "/haushalt/personen"; known: name, geburtsdatum, beziehung`],
    },
    {
      behaviour: 'an operand with two kinds is reported as not exactly one',
      edit: (f) => { f.evidence[1].when.left = { ageAt: './geburtsdatum', value: 3 }; },
      lines: [`${M}/evidence.json#/1/when/left: invalid-condition: must be an operand: exactly one of { "value" }, { "path" }, { "ageAt" }, { "count", "where"? }, { "daysFromToday" }`],
    },
    {
      behaviour: 'a path that is no pointer is reported with the expected shape',
      edit: (f) => { f.evidence[0].when.path = 'auswahl/aenderungen'; },
      lines: [`${M}/evidence.json#/0/when/path: invalid-condition: must be a path into the answers like "/umzug/datum" (or "./geburtsdatum" and "." for the current item of forEach, some and count); got "auswahl/aenderungen"`],
    },
    {
      behaviour: 'a UI scope not in the schema names what exists there',
      edit: (f) => { f.ui.umzug.elements[1].elements[1].scope = '#/properties/umzug/properties/neueAdresse/properties/pl'; },
      lines: [`${M}/ui/umzug.json#/elements/1/elements/1/scope: unknown-field: not in schema.json: no "pl" in "/umzug/neueAdresse"; known: strasse, plz, ort`],
    },
    {
      behaviour: 'a UI scope outside the step property is reported',
      edit: (f) => { f.ui.umzug.elements[0].scope = '#/properties/person/properties/name'; },
      lines: [`${M}/ui/umzug.json#/elements/0/scope: scope-outside-step: "#/properties/person/properties/name" must lie below the step's property: "#/properties/umzug/properties/<field>"`],
    },
    {
      behaviour: 'a detail scope is checked against the list items',
      edit: (f) => { f.ui.haushalt.elements[0].options.detail.elements[0].scope = '#/properties/nam'; },
      lines: [`${M}/ui/haushalt.json#/elements/0/options/detail/elements/0/scope: unknown-field: not in schema.json: no "nam" in the list item; known: name, geburtsdatum, beziehung`],
    },
    {
      behaviour: 'a showWhen condition is checked like every condition, ./ relative to a detail item',
      edit: (f) => {
        f.ui.umzug.elements[3].options.showWhen.value = 'mieten';
        f.ui.haushalt.elements[0].options.detail.elements[2].options.showWhen = { type: 'answered', path: './nam' };
      },
      lines: [
        `${M}/ui/umzug.json#/elements/3/options/showWhen/value: unknown-enum-value: "mieten" is not a value of this field; allowed: "miete", "eigentum"`,
        `${M}/ui/haushalt.json#/elements/0/options/detail/elements/2/options/showWhen/path: unknown-field: unknown path "./nam": no "nam" in the items of "/haushalt/personen"; known: name, geburtsdatum, beziehung`,
      ],
    },
    {
      behaviour: 'JSON Forms rules, unknown element types and control formats are reported',
      edit: (f) => {
        f.ui.umzug.elements[3].rule = { effect: 'SHOW' };
        f.ui.umzug.elements[2].options.format = 'buttons';
        f.ui.person.elements[0].type = 'Input';
      },
      lines: [
        `${M}/ui/person.json#/elements/0/type: invalid-ui: unknown UI element type "Input"; known: VerticalLayout, HorizontalLayout, Group, Control, Label`,
        `${M}/ui/umzug.json#/elements/2/options/format: unknown-control-format: unknown control format "buttons"; known: radio, select, checkboxes, textarea, money`,
        `${M}/ui/umzug.json#/elements/3/rule: json-forms-rule: JSON Forms rules are not used; put the condition in "options": { "showWhen": <condition> }`,
      ],
    },
    {
      behaviour: 'a text missing in en is reported where it is needed',
      edit: (f) => { delete f.i18n.en['steps.umzug.title']; },
      lines: [`${M}/i18n/en.json#/steps.umzug.title: missing-text: missing text "steps.umzug.title" (needed by ${M}/flow.json#/states/umzug)`],
    },
    {
      behaviour: 'a missing control label, option text, reason and Anlage name are reported',
      edit: (f) => {
        delete f.i18n.de['haushalt.personen.name.label'];
        delete f.i18n.de['umzug.wohnform.options.eigentum'];
        delete f.i18n.de['anlagen.partner-wep'];
        delete f.sharedI18n.de['anlage.KDU'];
      },
      lines: [
        `${M}/i18n/de.json#/haushalt.personen.name.label: missing-text: missing text "haushalt.personen.name.label" (needed by ${M}/ui/haushalt.json#/elements/0/options/detail/elements/0)`,
        `${M}/i18n/de.json#/umzug.wohnform.options.eigentum: missing-text: missing text "umzug.wohnform.options.eigentum" (needed by ${M}/schema.json#/properties/umzug/properties/wohnform/enum)`,
        `${S}/i18n/de.json#/anlage.KDU: missing-text: missing text "anlage.KDU" (needed by ${M}/form.json#/anlagen/0/anlage)`,
        `${M}/i18n/de.json#/anlagen.partner-wep: missing-text: missing text "anlagen.partner-wep" (needed by ${M}/form.json#/anlagen/1/reason)`,
      ],
    },
    {
      behaviour: 'a generic error text is needed unless the field has its own',
      edit: (f) => {
        delete f.sharedI18n.en['error.format.iban'];
        delete f.sharedI18n.en['error.format.plz'];
        delete f.sharedI18n.de['error.format.plz'];
        f.i18n.en['umzug.neueAdresse.plz.error.format'] = 'Five digits, please.';
        f.i18n.de['umzug.neueAdresse.plz.error.format'] = 'Bitte fünf Ziffern.';
      },
      lines: [`${S}/i18n/en.json#/error.format.iban: missing-error-text: missing text "error.format.iban" (needed by ${M}/schema.json#/properties/person/properties/iban/format)`],
    },
    {
      behaviour: 'a text only one locale has is reported for the others',
      edit: (f) => { f.i18n.de['person.name.hint'] = 'Wie im Ausweis'; },
      lines: [`${M}/i18n/en.json#/person.name.hint: missing-translation: missing text "person.name.hint"; the de texts have it`],
    },
    {
      behaviour: 'texts must be flat strings and every locale needs its file',
      edit: (f) => {
        f.i18n.de['person.name.label'] = { text: 'Name' };
        delete f.i18n.en;
        f.i18n.fr = {};
      },
      lines: [
        `${M}/i18n/fr.json: unknown-locale: locale "fr" is not in form.json "locales"; add it there or remove the file`,
        `${M}/i18n/de.json#/person.name.label: invalid-texts: must be a string; texts are flat: "steps.person.title": "…"`,
        `${M}/i18n/en.json: missing-file: missing file: every locale in form.json needs its texts`,
      ],
    },
    {
      behaviour: 'an unknown document kind lists the known kinds',
      edit: (f) => { f.evidence[0].documents[0] = 'mietvertag'; },
      lines: [
        `${M}/evidence.json#/0/documents/0: unknown-document-kind: unknown document kind "mietvertag"; known: mietvertrag, meldebescheinigung, geburtsurkunde, kontoauszug (add new kinds to ${S}/document-kinds.json)`,
        `${M}/scenarios/umzug-miete.json#/expect/evidence/0/document: impossible-expectation: no rule of evidence.json asks for "mietvertrag"; known: mietvertag, meldebescheinigung, geburtsurkunde`,
      ],
    },
    {
      behaviour: 'an unreachable step is reported',
      edit: (f) => { f.flow.states.auswahl.on.NEXT = 'haushalt'; },
      lines: [`${M}/flow.json#/states/umzug: unreachable-step: unreachable: no transition leads here from "person"`],
    },
    {
      behaviour: 'a step without NEXT is a dead end',
      edit: (f) => { delete f.flow.states.nachweise.on; },
      lines: [
        `${M}/flow.json#/states/nachweise: no-way-forward: dead end: add "on": { "NEXT": … } (only the final summary state has no NEXT)`,
        `${M}/flow.json#/states/zusammenfassung: unreachable-step: unreachable: no transition leads here from "person"`,
      ],
    },
    {
      behaviour: 'a missing UI schema file is reported',
      edit: (f) => { delete f.ui.haushalt; },
      lines: [`${M}/ui/haushalt.json: step-without-ui: missing file: step "haushalt" of flow.json needs its UI schema here`],
    },
    {
      behaviour: 'a UI schema file without a step is reported',
      edit: (f) => { f.ui.nachweise = { type: 'VerticalLayout', elements: [] }; f.ui.reise = { type: 'VerticalLayout', elements: [] }; },
      lines: [
        `${M}/ui/nachweise.json: ui-without-step: step "nachweise" is the evidence page and has no UI schema; remove the file`,
        `${M}/ui/reise.json: ui-without-step: no step "reise" in flow.json; steps with a UI schema: person, auswahl, umzug, haushalt, erklaerung`,
      ],
    },
    {
      behaviour: 'steps and schema properties must match',
      edit: (f) => {
        f.schema.properties.nachweise = { type: 'object' };
        delete f.schema.properties.erklaerung;
      },
      lines: [
        `${M}/schema.json#/properties: step-without-property: no property "erklaerung": step "erklaerung" of flow.json owns the property of its name`,
        `${M}/schema.json#/properties/nachweise: property-without-step: step "nachweise" is the evidence page and owns no answers; remove the property`,
        `${M}/ui/erklaerung.json#/elements/0/scope: unknown-field: not in schema.json: no "erklaerung" in "/"; known: person, auswahl, umzug, haushalt, nachweise`,
      ],
    },
    {
      behaviour: 'two final states are reported',
      edit: (f) => { f.flow.states.nachweise = { type: 'final', meta: { view: 'summary' } }; },
      lines: [
        `${M}/flow.json#/states/zusammenfassung/type: invalid-flow: a second final state; a form has exactly one, the summary (already "nachweise")`,
        `${M}/flow.json#/states/zusammenfassung: unreachable-step: unreachable: no transition leads here from "person"`,
      ],
    },
    {
      behaviour: 'a form without a final state is reported',
      edit: (f) => { f.flow.states.zusammenfassung = { meta: { view: 'summary' }, on: { NEXT: 'person' } }; },
      lines: [
        `${M}/flow.json#/states/zusammenfassung/type: invalid-flow: the summary must be the final state: add "type": "final"`,
        `${M}/flow.json#/states: invalid-flow: no final state; add the summary { "type": "final", "meta": { "view": "summary" } }`,
        `${M}/flow.json#/states/zusammenfassung/on/NEXT: cycle: person → auswahl → umzug → haushalt → erklaerung → nachweise → zusammenfassung → person goes round in circles: the citizen can be trapped (let every transition lead forward to the summary)`,
      ],
    },
    {
      behaviour: 'events other than NEXT and unknown state properties are reported',
      edit: (f) => { f.flow.states.person.on.BACK = 'person'; f.flow.states.person.entry = 'log'; },
      lines: [
        `${M}/flow.json#/states/person/entry: invalid-flow: unknown property "entry"; allowed: type, on, always, meta`,
        `${M}/flow.json#/states/person/on/BACK: invalid-flow: unknown event "BACK"; flows use NEXT only`,
      ],
    },
    {
      behaviour: 'the manifest is checked against its schema',
      edit: (f) => { f.manifest.kind = 'formular'; delete f.manifest.version; f.manifest.extra = 1; f.manifest.locales = ['en']; },
      lines: [
        `${M}/form.json: invalid-manifest: missing "version"`,
        `${M}/form.json#/extra: invalid-manifest: unknown property "extra"; allowed: $schema, id, version, edition, source, kind, routing, identityLevel, identityRules, anlagen, uploads, evidenceOncePerPerson, context, vordruck, anlagenContext, computed, locales`,
        `${M}/form.json#/kind: invalid-manifest: must be one of "antrag", "anlage", "mitteilung", "widerspruch", "nachricht"; got "formular"`,
        `${M}/form.json#/locales: invalid-manifest: must include "de": German is the source language of every form`,
        `${M}/i18n/de.json: unknown-locale: locale "de" is not in form.json "locales"; add it there or remove the file`,
      ],
    },
    {
      behaviour: 'rule ids must be unique',
      edit: (f) => { f.evidence[1].id = 'umzug'; },
      lines: [`${M}/evidence.json#/1/id: duplicate-id: duplicate id "umzug"; /0 has it already`],
    },
    {
      behaviour: 'unsupported keywords and unknown formats are reported',
      edit: (f) => {
        f.schema.properties.person.additionalProperties = false;
        f.schema.properties.person.properties.name.format = 'namen';
      },
      lines: [
        `${M}/schema.json#/properties/person/properties/name/format: unknown-format: unknown format "namen"; known: date, date-past, date-future, iban, plz, email, phone, steuer-id, rvnr`,
        `${M}/schema.json#/properties/person/additionalProperties: unsupported-keyword: unsupported keyword "additionalProperties"; docs/form-format.md lists the supported keywords`,
      ],
    },
    {
      behaviour: 'required names must be declared properties',
      edit: (f) => { f.schema.properties.person.required.push('vorname'); },
      lines: [`${M}/schema.json#/properties/person/required: unknown-field: "vorname" is not a property here; known: name, geburtsdatum, iban`],
    },
    {
      behaviour: 'a $ref that does not resolve is reported once, not again for every scope below it',
      edit: (f) => { f.schema.properties.umzug.properties.neueAdresse.$ref = '#/$defs/adress'; },
      lines: [`${M}/schema.json#/properties/umzug/properties/neueAdresse/$ref: unresolved-ref: "#/$defs/adress" does not resolve; use a local "#/$defs/<name>"; known: #/$defs/adresse`],
    },
    {
      behaviour: 'a step property must be an object',
      edit: (f) => { f.schema.properties.erklaerung = { type: 'boolean' }; },
      lines: [
        `${M}/schema.json#/properties/erklaerung: invalid-schema: the property of step "erklaerung" must have "type": "object"`,
        `${M}/ui/erklaerung.json#/elements/0/scope: unknown-field: not in schema.json: no "wahrheit" in "/erklaerung"; known: (none)`,
      ],
    },
    {
      behaviour: 'a scenario expecting an unknown step or Anlage is reported',
      edit: (f) => { f.scenarios['umzug-miete'].expect.steps[2] = 'umzg'; f.scenarios['umzug-miete'].expect.anlagen[0].anlage = 'KI'; },
      lines: [
        `${M}/scenarios/umzug-miete.json#/expect/steps/2: unknown-step: unknown step "umzg"; known: ${STEPS}`,
        `${M}/scenarios/umzug-miete.json#/expect/anlagen/0/anlage: impossible-expectation: no rule of form.json brings in Anlage "KI"; known: KDU, WEP`,
      ],
    },
    {
      behaviour: 'a scenario of the wrong shape is reported',
      edit: (f) => { f.scenarios['umzug-miete'].today = '10.03.2026'; delete f.scenarios['umzug-miete'].expect.evidence; },
      lines: [
        `${M}/scenarios/umzug-miete.json#/today: invalid-scenario: must be a date YYYY-MM-DD; got "10.03.2026"`,
        `${M}/scenarios/umzug-miete.json#/expect: invalid-scenario: missing "evidence"`,
      ],
    },
    {
      behaviour: 'missing required files are reported',
      edit: (f) => { f.flow = undefined; f.documentKinds = undefined; },
      lines: [
        `${M}/flow.json: missing-file: missing file: every form needs the flow of steps`,
        `${S}/document-kinds.json: missing-file: missing file: every form needs the document kinds all forms share`,
      ],
    },
  ];

  it.each(corpus)('$behaviour', ({ edit, lines }) => {
    expect(linesAfter(edit)).toEqual(lines);
  });

  it('passes on problems of unreadable files without reporting them missing', () => {
    const problem = { file: `${M}/flow.json`, pointer: '', message: 'invalid JSON at line 5, column 46: Expected double-quoted property name' };
    expect(linesAfter((f) => { f.flow = undefined; f.problems = [problem]; })).toEqual([formatProblem(problem)]);
  });
});
