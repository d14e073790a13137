import { parseJsonText } from '../../../engine/definition/parseJsonText';

/** The corpus edits parsed JSON freely. */
export type Edit = (files: any) => void;

export interface CorpusCase {
  /** the rule ids this mistake must bring up */
  rules: string[];
  behaviour: string;
  edit: Edit;
}

const never = { type: 'not', condition: { type: 'always' } };
const umzugGuard = (f: any) => f.flow.states.umzug.always.guard;
const umzugUi = (f: any) => f.ui.umzug.elements;

/**
 * One small mistake per case, made in a copy of the files of forms/vaem (see corpus.test.ts for
 * the findings each must give, exactly).
 */
export const corpusCases: CorpusCase[] = [
  { rules: ['unknown-step'], behaviour: 'a misspelled transition target', edit: (f) => { f.flow.states.person.on.NEXT = 'auswahll'; } },
  { rules: ['unknown-condition-type'], behaviour: 'an unknown condition type', edit: (f) => { umzugGuard(f).params.condition.type = 'contains'; } },
  { rules: ['unknown-field'], behaviour: 'a misspelled condition path', edit: (f) => { umzugGuard(f).params.condition.path = '/auswahl/aenderung'; } },
  { rules: ['unknown-enum-value'], behaviour: 'a condition value outside the enum', edit: (f) => { umzugGuard(f).params.condition.value = 'umzg'; } },
  { rules: ['not-a-list'], behaviour: 'includes on a field that is no list', edit: (f) => { umzugGuard(f).params.condition.path = '/person/vorname'; } },
  { rules: ['invalid-path'], behaviour: 'a relative path outside forEach', edit: (f) => { umzugGuard(f).params.condition = { type: 'answered', path: './datum' }; } },
  { rules: ['invalid-guard'], behaviour: 'a guard other than "when"', edit: (f) => { umzugGuard(f).type = 'unless'; } },
  { rules: ['unknown-document-kind'], behaviour: 'a misspelled document kind', edit: (f) => { f.evidence[0].documents[0] = 'mietvertag'; } },
  { rules: ['unknown-anlage'], behaviour: 'a misspelled Anlage code', edit: (f) => { f.manifest.anlagen[0].anlage = 'KUD'; } },
  { rules: ['duplicate-id'], behaviour: 'two Nachweis rules with one id', edit: (f) => { f.evidence[1].id = f.evidence[0].id; } },
  { rules: ['invalid-manifest'], behaviour: 'an unknown form kind', edit: (f) => { f.manifest.kind = 'formular'; } },
  { rules: ['missing-text'], behaviour: 'a step title missing in English', edit: (f) => { delete f.i18n.en['steps.umzug.title']; } },
  { rules: ['missing-translation'], behaviour: 'a hint only German has', edit: (f) => { f.i18n.de['person.vorname.hint'] = 'Wie im Ausweis'; } },
  { rules: ['text-equals-key'], behaviour: 'a text that is its key', edit: (f) => { f.i18n.de['steps.umzug.title'] = 'steps.umzug.title'; } },
  {
    rules: ['missing-error-text'],
    behaviour: 'a pattern without an error text in plain German',
    edit: (f) => { f.schema.properties.sonstiges.properties.text.pattern = '^[^<>]*$'; delete f.sharedI18n.de['error.pattern']; },
  },
  { rules: ['unreachable-step'], behaviour: 'a step no path reaches', edit: (f) => { f.flow.states.auswahl.on.NEXT = 'personenwechsel'; } },
  {
    rules: ['condition-never-holds', 'no-way-forward'],
    behaviour: 'a step whose only NEXT guard never holds',
    edit: (f) => { f.flow.states.erklaerung.on.NEXT = [{ target: 'nachweise', guard: { type: 'when', params: never } }]; },
  },
  {
    rules: ['cycle'],
    behaviour: 'a transition back to the first step',
    edit: (f) => {
      f.flow.states.erklaerung.on.NEXT = [
        { target: 'person', guard: { type: 'when', params: { type: 'equals', path: '/erklaerung/wahrheit', value: true } } },
        'nachweise',
      ];
    },
  },
  {
    rules: ['contradictory-condition'],
    behaviour: 'an "and" asking for two values of one field',
    edit: (f) => { f.evidence[0].when.conditions.push({ type: 'equals', path: '/umzug/neueMiete', value: false }); },
  },
  { rules: ['condition-never-holds'], behaviour: 'an Anlage rule with "not always"', edit: (f) => { f.manifest.anlagen[0].when = never; } },
  {
    rules: ['condition-never-holds'],
    behaviour: 'a value compared with itself by "<"',
    edit: (f) => { f.manifest.identityRules[0].when = { type: 'compare', left: { path: '/umzug/grundmiete' }, op: '<', right: { path: '/umzug/grundmiete' } }; },
  },
  {
    rules: ['never-shown-control'],
    behaviour: 'a question whose showWhen contradicts itself',
    edit: (f) => {
      umzugUi(f)[4].options.showWhen = { type: 'and', conditions: [umzugUi(f)[4].options.showWhen, { type: 'equals', path: '/umzug/neueMiete', value: false }] };
    },
  },
  {
    rules: ['condition-never-holds'],
    behaviour: 'a yes/no question compared with a word',
    edit: (f) => { umzugUi(f)[4].options.showWhen.value = 'ja'; },
  },
  {
    rules: ['unknown-computation'],
    behaviour: 'a misspelled computation',
    edit: (f) => { f.manifest.computed = [{ id: 'frist', function: 'widerspruchsfrist', inputs: {} }]; },
  },
  {
    rules: ['unknown-field'],
    behaviour: 'a condition reading a computed field that does not exist',
    edit: (f) => {
      f.manifest.computed = [{
        id: 'frist',
        function: 'widerspruchFrist',
        inputs: { delivery: '/person/vorname', postedOn: '/person/geburtsdatum', rechtsbehelfsbelehrung: '/umzug/zusicherung', land: '/person/nachname' },
      }];
      umzugGuard(f).params = { type: 'equals', path: '/$computed/frist/spaet', value: true };
    },
  },
  { rules: ['required-field-unreachable'], behaviour: 'a required field without a control', edit: (f) => { umzugUi(f).splice(1, 1); } },
  { rules: ['unused-schema-field'], behaviour: 'a schema field no step asks', edit: (f) => { f.schema.properties.umzug.properties.notiz = { type: 'string' }; } },
  { rules: ['unsupported-keyword'], behaviour: 'a keyword the renderers do not support', edit: (f) => { f.schema.properties.person.additionalProperties = false; } },
  { rules: ['unknown-format'], behaviour: 'an unknown format', edit: (f) => { f.schema.properties.person.properties.telefon.format = 'telefon'; } },
  { rules: ['scope-outside-step'], behaviour: 'a control scope outside its step', edit: (f) => { umzugUi(f)[1].scope = '#/properties/person/properties/vorname'; } },
  { rules: ['json-forms-rule'], behaviour: 'a JSON Forms rule', edit: (f) => { umzugUi(f)[1].rule = { effect: 'SHOW' }; } },
  { rules: ['unknown-control-format'], behaviour: 'an unknown control format', edit: (f) => { umzugUi(f)[2].options.format = 'buttons'; } },
  { rules: ['step-without-ui'], behaviour: 'a step without its UI schema', edit: (f) => { delete f.ui.sonstiges; } },
  {
    rules: ['invalid-json'],
    behaviour: 'a flow.json with a trailing comma',
    edit: (f) => {
      const parsed = parseJsonText('{\n  "id": "vaem",\n}', `${f.dir}/flow.json`);
      f.flow = undefined;
      if (!parsed.ok) f.problems.push(parsed.problem);
    },
  },
];
