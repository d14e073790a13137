import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonSchema, StepValidator } from '../../../engine/definition/types';
import { compileStepValidators } from '../../../engine/validation/compileStepValidators';
import { standaloneValidatorsModule } from '../../../engine/validation/standaloneValidatorsModule';
import { setValidationToday } from '../../../engine/validation/validationToday';

const schema = JSON.parse(readFileSync('test/fixtures/definitions/valid/mini/schema.json', 'utf8')) as JsonSchema;

/** Answers per step that exercise every keyword and format of the fixture schema. */
const samples: Record<string, unknown[]> = {
  person: [
    { name: 'Erika', geburtsdatum: '1980-05-17', iban: 'DE89 3704 0044 0532 0130 00' },
    {},
    { name: '', geburtsdatum: '2030-01-01', iban: 'DE00 0000' },
    { name: 'x'.repeat(101), geburtsdatum: '1980-02-30' },
    { name: 'a😀', geburtsdatum: 17 },
    'not an object',
  ],
  auswahl: [{ aenderungen: ['umzug'] }, { aenderungen: [] }, { aenderungen: ['umzug', 'umzug', 'reise'] }],
  umzug: [
    { datum: '2026-03-01', neueAdresse: { strasse: 'A', plz: '10115', ort: 'B' }, wohnform: 'miete', miete: 650 },
    { datum: '2026-02-30', neueAdresse: { plz: '1011' }, wohnform: 'miete' },
    { wohnform: 'wg', miete: -1 },
  ],
  haushalt: [
    { personen: [{ name: 'Max', geburtsdatum: '1979-01-02', beziehung: 'partner' }] },
    { personen: [{ name: '', beziehung: 'nachbar' }, {}] },
  ],
  erklaerung: [{ wahrheit: true }, { wahrheit: false }, {}],
};

describe('standaloneValidatorsModule', () => {
  let folder: string;
  let standalone: Record<string, StepValidator>;
  const source = standaloneValidatorsModule(schema);

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'formflow-standalone-'));
    const file = join(folder, 'validators.mjs');
    writeFileSync(file, source);
    standalone = ((await import(pathToFileURL(file).href)) as { validators: Record<string, StepValidator> }).validators;
    setValidationToday('2026-03-10');
  });

  afterAll(() => {
    setValidationToday(undefined);
    rmSync(folder, { recursive: true, force: true });
  });

  it('exports one validator per step', () => {
    expect(Object.keys(standalone)).toEqual(['person', 'auswahl', 'umzug', 'haushalt', 'erklaerung']);
  });

  it('gives exactly the issues of the run-time validators for the same answers', () => {
    const runtime = compileStepValidators(schema);
    for (const [step, answers] of Object.entries(samples)) {
      for (const sample of answers) {
        expect(standalone[step]!(sample)).toEqual(runtime[step]!(sample));
      }
    }
  });

  it('finds the problems, not only agrees', () => {
    expect(standalone.auswahl!({ aenderungen: ['umzug', 'umzug', 'reise'] })).toEqual([
      { code: 'enum', path: '/auswahl/aenderungen/2', params: { allowedValues: ['umzug', 'haushalt'] } },
      { code: 'uniqueItems', path: '/auswahl/aenderungen', params: { i: 1, j: 0 } },
    ]);
  });

  it('contains no eval and no new Function, so it runs under a strict Content-Security-Policy', () => {
    expect(source).not.toMatch(/new Function|\beval\s*\(/);
    expect(source).not.toMatch(/require\(/);
  });

  it('imports the runtime from the specifier it is given', () => {
    expect(standaloneValidatorsModule(schema, { runtimeModule: 'virtual:formflow/runtime' })).toMatch(
      /^import \* as formflowRuntime from "virtual:formflow\/runtime";$/m,
    );
  });
});
