import { describe, expect, it } from 'vitest';
import { createAjv } from '../../../engine/validation/createAjv';
import { formats } from '../../../engine/validation/formats';

describe('createAjv', () => {
  it('knows exactly the formats of docs/form-format.md', () => {
    expect(Object.keys(formats)).toEqual(['date', 'date-past', 'date-future', 'iban', 'plz', 'email', 'phone', 'steuer-id', 'rvnr']);
  });

  it('validates with our formats', () => {
    const ajv = createAjv();
    expect(ajv.validate({ type: 'string', format: 'plz' }, '10115')).toBe(true);
    expect(ajv.validate({ type: 'string', format: 'plz' }, '1011')).toBe(false);
  });

  it('applies formats to strings only, as JSON Schema says', () => {
    expect(createAjv().validate({ format: 'plz' }, 1011)).toBe(true);
  });

  it('rejects an unknown format at compile time', () => {
    expect(() => createAjv().compile({ type: 'string', format: 'postleitzahl' })).toThrow('unknown format "postleitzahl"');
  });

  it('collects all errors, not only the first', () => {
    const ajv = createAjv();
    ajv.validate({ type: 'object', required: ['a', 'b'] }, {});
    expect(ajv.errors?.map((error) => error.params)).toEqual([{ missingProperty: 'a' }, { missingProperty: 'b' }]);
  });
});
