import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { JsonSchema } from '../../../engine/definition/types';
import { compileStepValidators } from '../../../engine/validation/compileStepValidators';
import { setValidationToday } from '../../../engine/validation/validationToday';

const schema = JSON.parse(readFileSync('test/fixtures/definitions/valid/mini/schema.json', 'utf8')) as JsonSchema;

describe('compileStepValidators', () => {
  afterEach(() => setValidationToday(undefined));

  it('compiles one validator per top-level property', () => {
    expect(Object.keys(compileStepValidators(schema))).toEqual(['person', 'auswahl', 'umzug', 'haushalt', 'erklaerung']);
  });

  it('passes valid answers with no issues', () => {
    setValidationToday('2026-03-10');
    const validators = compileStepValidators(schema);
    expect(validators.person!({ name: 'Erika', geburtsdatum: '1980-05-17', iban: 'DE89 3704 0044 0532 0130 00' })).toEqual([]);
  });

  it('points a missing field at the field itself, with paths from the answers root', () => {
    expect(compileStepValidators(schema).person!({})).toEqual([
      { code: 'required', path: '/person/name', params: { missingProperty: 'name' } },
      { code: 'required', path: '/person/geburtsdatum', params: { missingProperty: 'geburtsdatum' } },
    ]);
  });

  it('reports every problem of a step at once, nested and in lists', () => {
    expect(compileStepValidators(schema).haushalt!({ personen: [{ name: '', geburtsdatum: '1979-01-02', beziehung: 'nachbar' }] })).toEqual([
      { code: 'minLength', path: '/haushalt/personen/0/name', params: { limit: 1 } },
      { code: 'enum', path: '/haushalt/personen/0/beziehung', params: { allowedValues: ['partner', 'kind', 'sonstige'] } },
    ]);
  });

  it('follows $ref into $defs of the whole schema', () => {
    const issues = compileStepValidators(schema).umzug!({ datum: '2026-03-01', neueAdresse: { strasse: 'A', plz: '1011', ort: 'B' }, wohnform: 'eigentum' });
    expect(issues).toEqual([{ code: 'format', path: '/umzug/neueAdresse/plz', params: { format: 'plz' } }]);
  });

  it('reports the failing then-branch without the summarising if error', () => {
    const issues = compileStepValidators(schema).umzug!({ datum: '2026-03-01', neueAdresse: { strasse: 'A', plz: '10115', ort: 'B' }, wohnform: 'miete' });
    expect(issues).toEqual([{ code: 'required', path: '/umzug/miete', params: { missingProperty: 'miete' } }]);
  });

  it('checks date-past against the pinned validation date', () => {
    const validators = compileStepValidators(schema);
    setValidationToday('2026-03-10');
    expect(validators.person!({ name: 'Erika', geburtsdatum: '2026-03-11' })).toEqual([
      { code: 'format', path: '/person/geburtsdatum', params: { format: 'date-past' } },
    ]);
    setValidationToday('2026-03-11');
    expect(validators.person!({ name: 'Erika', geburtsdatum: '2026-03-11' })).toEqual([]);
  });

  it('counts characters as code points, so an emoji is one character', () => {
    const validators = compileStepValidators({
      type: 'object',
      properties: { notiz: { type: 'object', properties: { text: { type: 'string', maxLength: 2 } } } },
    });
    expect(validators.notiz!({ text: 'a😀' })).toEqual([]);
    expect(validators.notiz!({ text: 'ab😀' })).toEqual([{ code: 'maxLength', path: '/notiz/text', params: { limit: 2 } }]);
  });

  it('throws on unknown keywords instead of ignoring them (strict mode)', () => {
    expect(() => compileStepValidators({ type: 'object', properties: { a: { type: 'object', minimumm: 1 } } })).toThrow(/unknown keyword: "minimumm"/);
  });
});
