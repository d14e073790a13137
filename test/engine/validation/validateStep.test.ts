import { afterEach, describe, expect, it } from 'vitest';
import { loadForm } from '../../../engine/definition/loadForm';
import { validateStep } from '../../../engine/validation/validateStep';
import { setValidationToday, validationToday } from '../../../engine/validation/validationToday';

const definition = loadForm('test/fixtures/definitions/valid', 'mini');

describe('validateStep', () => {
  afterEach(() => setValidationToday(undefined));

  it('validates a step that was never answered as empty, one issue per required field', () => {
    expect(validateStep(definition, 'auswahl', {})).toEqual([
      { code: 'required', path: '/auswahl/aenderungen', params: { missingProperty: 'aenderungen' } },
    ]);
  });

  it('gives no issues for steps that own no answers', () => {
    expect(validateStep(definition, 'nachweise', {})).toEqual([]);
    expect(validateStep(definition, 'zusammenfassung', {})).toEqual([]);
  });

  it('validates dates against the given application date and restores the clock afterwards', () => {
    setValidationToday('2020-01-01');
    const answers = { person: { name: 'Erika', geburtsdatum: '2026-03-10' } };
    expect(validateStep(definition, 'person', answers, { today: '2026-03-10' })).toEqual([]);
    expect(validateStep(definition, 'person', answers, { today: '2026-03-09' })).toEqual([
      { code: 'format', path: '/person/geburtsdatum', params: { format: 'date-past' } },
    ]);
    expect(validationToday()).toBe('2020-01-01');
  });
});
