import { fieldKey } from '../../i18n/fieldKey';
import { joinPointer } from '../../util/pointer';
import { formats } from '../../validation/formats';
import { escapeToken, isRecord, own } from './json';
import { resolveLocalRef } from './schemaNavigation';

/** A text the form needs; it is there when `key` or one of the `alternatives` exists. */
export interface TextNeed {
  key: string;
  /** keys that make `key` unnecessary (a field's own error text instead of the generic one) */
  alternatives: string[];
  /** where the need comes from: file and JSON pointer */
  file: string;
  pointer: string;
}

/** Keywords whose failure a citizen sees as an error text `error.<keyword>`. */
const ERROR_KEYWORDS = [
  'required', 'dependentRequired', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum',
  'exclusiveMaximum', 'pattern', 'format', 'minItems', 'maxItems', 'uniqueItems', 'enum', 'const',
];

/**
 * The texts the answers schema needs: `<fieldKey>.options.<value>` for every enum value, and an
 * error text for every keyword that can fail — the field's own `<fieldKey>.error.<keyword>` or
 * else the shared `error.<keyword>` (`error.format.<format>` for formats), the same order
 * `issueMessage` looks them up in.
 *
 * @example
 * schemaTexts(schema, 'forms/x/schema.json');
 * // [{ key: 'auswahl.art.options.umzug', alternatives: [], file: 'forms/x/schema.json', pointer: '/properties/auswahl/properties/art/enum' }, …]
 */
export function schemaTexts(schema: unknown, file: string): TextNeed[] {
  const needs: TextNeed[] = [];
  const seen = new Set<string>();
  const properties = isRecord(schema) ? own(schema, 'properties') : undefined;
  if (!isRecord(properties)) return needs;

  const visit = (node: unknown, at: string, data: string[]): void => {
    if (!isRecord(node)) return;
    const visitKey = `${at}|${data.join('/')}`;
    if (seen.has(visitKey)) return;
    seen.add(visitKey);
    const field = fieldKey(joinPointer(data));
    const need = (key: string, alternatives: string[], pointer: string) => needs.push({ key, alternatives, file, pointer });

    const enumValues = own(node, 'enum');
    if (Array.isArray(enumValues)) {
      for (const value of enumValues) need(`${field}.options.${String(value)}`, [], `${at}/enum`);
    }
    for (const keyword of ERROR_KEYWORDS) {
      const value = own(node, keyword);
      if (value === undefined) continue;
      if (keyword === 'required' && Array.isArray(value)) {
        for (const name of value) need('error.required', [`${fieldKey(joinPointer([...data, String(name)]))}.error.required`], `${at}/required`);
      } else if (keyword === 'dependentRequired' && isRecord(value)) {
        for (const names of Object.values(value)) {
          if (!Array.isArray(names)) continue;
          for (const name of names) need('error.dependentRequired', [`${fieldKey(joinPointer([...data, String(name)]))}.error.dependentRequired`], `${at}/dependentRequired`);
        }
      } else if (keyword === 'format') {
        // unknown formats are checkSchema's problem; a missing text for them would only repeat it
        if (typeof value !== 'string' || !Object.prototype.hasOwnProperty.call(formats, value)) continue;
        need(`error.format.${String(value)}`, [`${field}.error.format`, 'error.format'], `${at}/format`);
      } else {
        need(`error.${keyword}`, [`${field}.error.${keyword}`], `${at}/${keyword}`);
      }
    }

    const children = own(node, 'properties');
    if (isRecord(children)) {
      for (const [name, child] of Object.entries(children)) visit(child, `${at}/properties/${escapeToken(name)}`, [...data, name]);
    }
    // a stand-in index: fieldKey drops it, so all items share the texts of the list's fields
    visit(own(node, 'items'), `${at}/items`, [...data, '0']);
    const allOf = own(node, 'allOf');
    if (Array.isArray(allOf)) allOf.forEach((member, index) => visit(member, `${at}/allOf/${index}`, data));
    visit(own(node, 'then'), `${at}/then`, data);
    visit(own(node, 'else'), `${at}/else`, data);
    const ref = own(node, '$ref');
    const target = typeof ref === 'string' ? resolveLocalRef(schema, ref) : undefined;
    // resolveLocalRef only resolves refs that decode, so decoding here cannot throw
    if (typeof ref === 'string' && target !== undefined) visit(target, decodeURIComponent(ref.slice(1)), data);
  };

  for (const [step, stepSchema] of Object.entries(properties)) visit(stepSchema, `/properties/${escapeToken(step)}`, [step]);
  return needs;
}
