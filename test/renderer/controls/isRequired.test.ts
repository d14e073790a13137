import type { JsonSchema } from '@jsonforms/core';
import { describe, expect, it } from 'vitest';
import { isRequired } from '../../../renderer/controls/isRequired';

const root = {
  type: 'object',
  $defs: { person: { type: 'object', properties: { vorname: { type: 'string' }, alter: { type: 'integer' } }, required: ['vorname'] } },
  properties: {
    umzug: {
      type: 'object',
      properties: { neueMiete: { type: 'boolean' }, grundmiete: { type: 'number' }, telefon: { type: 'string' }, email: { type: 'string' } },
      if: { properties: { neueMiete: { const: true } } },
      then: { required: ['grundmiete'] },
      allOf: [{ if: { properties: { neueMiete: { const: false } } }, else: { required: ['telefon'] } }],
      dependentRequired: { telefon: ['email'] },
    },
    wechsel: { type: 'object', properties: { personen: { type: 'array', items: { $ref: '#/$defs/person' } } } },
  },
} as unknown as JsonSchema;

describe('isRequired', () => {
  it('follows JSON Forms where the parent lists the field as required', () => {
    expect(isRequired({ required: true, rootSchema: root, path: 'umzug.neueMiete' })).toBe(true);
    expect(isRequired({ required: false, rootSchema: root, path: 'umzug.neueMiete' })).toBe(false);
  });

  it('counts fields required by then, else (also inside allOf) and dependentRequired as required', () => {
    expect(isRequired({ required: false, rootSchema: root, path: 'umzug.grundmiete' })).toBe(true);
    expect(isRequired({ required: false, rootSchema: root, path: 'umzug.telefon' })).toBe(true);
    expect(isRequired({ required: false, rootSchema: root, path: 'umzug.email' })).toBe(true);
  });

  it('finds the parent of a list item field through items and $ref', () => {
    expect(isRequired({ required: false, rootSchema: root, path: 'wechsel.personen.0.alter' })).toBe(false);
    expect(isRequired({ required: undefined, rootSchema: root, path: 'wechsel.personen.3.alter' })).toBe(false);
  });
});
