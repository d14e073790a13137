import { type ControlProps, type RankedTester, and, rankWith, schemaMatches, uiTypeIs } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import type { ReactNode } from 'react';
import { ChoiceFieldset } from './ChoiceFieldset';
import { controlField } from './controlField';
import { enumOptions } from './enumOptions';
import { CheckboxList } from './CheckboxList';
import { useTranslate } from './useTranslate';

/**
 * A multiple choice (an array of enum values) as checkboxes in a fieldset. The answer keeps the
 * enum's order whatever order the boxes were ticked in, and unticking the last box removes the
 * answer, so "required" reads the same as for a question never answered.
 *
 * @example
 * { "type": "Control", "scope": "#/properties/auswahl/properties/aenderungen", "options": { "format": "checkboxes" } }
 */
export function CheckboxesControl(props: ControlProps): ReactNode {
  const { data, path, label, errors, enabled, visible, handleChange, schema } = props;
  const t = useTranslate();
  if (!visible) return null;
  const field = controlField(props);
  const options = enumOptions(schema, field.i18nKeyPrefix, t);
  const chosen = new Set(Array.isArray(data) ? data.map(String) : []);
  const invalid = errors !== '';
  const toggle = (value: string, checked: boolean): void => {
    if (checked) chosen.add(value);
    else chosen.delete(value);
    const next = options.map((option) => option.value).filter((option) => chosen.has(option));
    handleChange(path, next.length > 0 ? next : undefined);
  };
  return (
    <ChoiceFieldset {...field} label={label} errors={errors}>
      <CheckboxList id={field.id} options={options} chosen={chosen} invalid={invalid} enabled={enabled} onToggle={toggle} />
    </ChoiceFieldset>
  );
}

export const checkboxesControlTester: RankedTester = rankWith(
  5,
  and(
    uiTypeIs('Control'),
    schemaMatches(
      (schema) =>
        schema.type === 'array' &&
        typeof schema.items === 'object' &&
        schema.items !== null &&
        !Array.isArray(schema.items) &&
        Array.isArray(schema.items.enum),
    ),
  ),
);

export const CheckboxesControlRenderer = withJsonFormsControlProps(CheckboxesControl);
export default CheckboxesControlRenderer;
