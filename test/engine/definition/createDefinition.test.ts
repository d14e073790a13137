import { describe, expect, it } from 'vitest';
import { assembleDefinition } from '../../../engine/definition/assembleDefinition';
import { createDefinition } from '../../../engine/definition/createDefinition';
import { DefinitionError } from '../../../engine/definition/DefinitionError';
import { loadForm } from '../../../engine/definition/loadForm';
import { readFormFiles } from '../../../engine/definition/readFormFiles';
import { stepIds } from '../../../engine/definition/stepIds';
import type { JsonSchema } from '../../../engine/definition/types';
import { compileStepValidators } from '../../../engine/validation/compileStepValidators';

const files = readFormFiles('test/fixtures/definitions/valid', 'mini');
const validators = compileStepValidators(files.schema as JsonSchema);

describe('createDefinition', () => {
  it('merges the form texts over the shared texts per locale', () => {
    const withOverride = structuredClone(files);
    (withOverride.i18n['de'] as Record<string, string>)['error.required'] = 'Pflichtfeld';
    (withOverride.i18n['en'] as Record<string, string>)['error.required'] = 'Required';
    const definition = createDefinition(withOverride, validators);
    expect(definition.messages['de']?.['error.required']).toBe('Pflichtfeld');
    expect(definition.messages['en']?.['error.required']).toBe('Required');
    expect(definition.messages['en']?.['error.minLength']).toBe('Please enter at least {{limit}} characters.');
    expect(definition.messages['de']?.['document.mietvertrag']).toBe('Mietvertrag');
    expect(definition.messages['de']?.['form.title']).toBe('Mini-Veränderungsmitteilung');
    expect(Object.keys(definition.messages)).toEqual(['de', 'en']);
  });

  it('attaches the validators and the files as they are', () => {
    const definition = createDefinition(files, validators);
    expect(definition.validators).toBe(validators);
    expect(definition.manifest.id).toBe('mini');
    expect(definition.documentKinds).toEqual(['mietvertrag', 'meldebescheinigung', 'geburtsurkunde', 'kontoauszug']);
    expect(definition.evidence.map((rule) => rule.id)).toEqual(['umzug', 'kind']);
    expect(stepIds(definition.flow)).toEqual(['person', 'auswahl', 'umzug', 'haushalt', 'erklaerung', 'nachweise', 'zusammenfassung']);
  });

  it('throws a DefinitionError listing every problem', () => {
    const broken = structuredClone(files) as typeof files & { flow: { initial: string }; manifest: { kind: string } };
    broken.flow.initial = 'start';
    broken.manifest.kind = 'formular';
    let thrown: unknown;
    try {
      createDefinition(broken, validators);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DefinitionError);
    const error = thrown as DefinitionError;
    expect(error.problems.map((problem) => problem.pointer)).toEqual(['/kind', '/initial']);
    expect(error.message).toBe(
      [
        'form test/fixtures/definitions/valid/mini has 2 problems:',
        'test/fixtures/definitions/valid/mini/form.json#/kind: invalid-manifest: must be one of "antrag", "anlage", "mitteilung", "widerspruch", "nachricht"; got "formular"',
        'test/fixtures/definitions/valid/mini/flow.json#/initial: unknown-step: unknown step "start"; known: person, auswahl, umzug, haushalt, erklaerung, nachweise, zusammenfassung',
      ].join('\n'),
    );
  });

  it('treats a missing evidence.json as no Nachweis rules', () => {
    const withoutEvidence = { ...structuredClone(files), evidence: undefined };
    expect(assembleDefinition(withoutEvidence, validators).evidence).toEqual([]);
  });
});

describe('loadForm', () => {
  it('reads, checks and compiles a form from disk', () => {
    const definition = loadForm('test/fixtures/definitions/valid', 'mini');
    expect(definition.manifest.version).toBe('1.0.0');
    expect(definition.validators['erklaerung']?.({ wahrheit: false })).toEqual([
      { code: 'const', path: '/erklaerung/wahrheit', params: { allowedValue: true } },
    ]);
  });

  it('throws a DefinitionError for a broken form', () => {
    expect(() => loadForm('test/fixtures/definitions/broken', 'bad-flow')).toThrow(
      'form test/fixtures/definitions/broken/bad-flow has 1 problem:\ntest/fixtures/definitions/broken/bad-flow/flow.json#/states/auswahl/on/NEXT: unknown-step: unknown step "umzg"',
    );
  });
});
