import type { JsonSchema, UISchemaElement } from '@jsonforms/core';

/** Last path segment (lower case) → autocomplete token, for the citizen's own data. */
const BY_NAME: Record<string, string> = {
  vorname: 'given-name',
  nachname: 'family-name',
  familienname: 'family-name',
  geburtsdatum: 'bday',
  plz: 'postal-code',
  postleitzahl: 'postal-code',
  strasse: 'address-line1',
  straße: 'address-line1',
  ort: 'address-level2',
  wohnort: 'address-level2',
  email: 'email',
  telefon: 'tel',
  telefonnummer: 'tel',
};

const BY_FORMAT: Record<string, string> = { email: 'email', phone: 'tel', plz: 'postal-code' };

/**
 * The `autocomplete` token for an input (WCAG 1.3.5 asks for it on the citizen's own data).
 * `options.autocomplete` in the UI schema wins. Otherwise it is guessed from the field name or
 * format — but never inside a list: the second person's first name must not be filled with the
 * citizen's own.
 *
 * @example
 * autocompleteFor('person.vorname', { type: 'string' }, control);          // 'given-name'
 * autocompleteFor('haushalt.personen.0.vorname', { type: 'string' }, control); // undefined
 */
export function autocompleteFor(path: string, schema: JsonSchema, uischema: UISchemaElement): string | undefined {
  const explicit = uischema.options?.['autocomplete'];
  if (typeof explicit === 'string') return explicit;
  const segments = path.split('.');
  if (segments.some((segment) => /^\d+$/.test(segment))) return undefined;
  const name = (segments[segments.length - 1] ?? '').toLowerCase();
  const byName = BY_NAME[name];
  if (byName !== undefined) return byName;
  return typeof schema.format === 'string' ? BY_FORMAT[schema.format] : undefined;
}
