import { describe, expect, it } from 'vitest';
import { mapAjvErrors } from '../../../engine/validation/mapAjvErrors';

describe('mapAjvErrors', () => {
  it('prefixes the step to the instance path', () => {
    expect(mapAjvErrors('umzug', [{ keyword: 'format', instancePath: '/neueAdresse/plz', schemaPath: '#/format', params: { format: 'plz' } }])).toEqual([
      { code: 'format', path: '/umzug/neueAdresse/plz', params: { format: 'plz' } },
    ]);
  });

  it('points required and dependentRequired at the missing property, escaped as a pointer token', () => {
    expect(
      mapAjvErrors('s', [
        { keyword: 'required', instancePath: '/a', schemaPath: '#/required', params: { missingProperty: 'x/y' } },
        { keyword: 'dependentRequired', instancePath: '', schemaPath: '#/dependentRequired', params: { property: 'p', missingProperty: 'q', depsCount: 1, deps: 'q' } },
      ]),
    ).toEqual([
      { code: 'required', path: '/s/a/x~1y', params: { missingProperty: 'x/y' } },
      { code: 'dependentRequired', path: '/s/q', params: { property: 'p', missingProperty: 'q', depsCount: 1, deps: 'q' } },
    ]);
  });

  it('drops the if error that only summarises a failing then or else branch', () => {
    expect(mapAjvErrors('s', [{ keyword: 'if', instancePath: '', schemaPath: '#/if', params: { failingKeyword: 'then' } }])).toEqual([]);
  });

  it('gives no issues for no errors', () => {
    expect(mapAjvErrors('s', null)).toEqual([]);
    expect(mapAjvErrors('s', undefined)).toEqual([]);
  });
});
