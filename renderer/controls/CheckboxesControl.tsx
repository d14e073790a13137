import { type ControlProps, type RankedTester, and, rankWith, schemaMatches, uiTypeIs } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import type { ReactNode } from 'react';
import { fieldId } from '../util/fieldId';
import { isRequired } from './isRequired';
import { ChoiceFieldset } from './ChoiceFieldset';
import { enumOptions } from './enumOptions';
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
  const { data, path, label, required, errors, enabled, visible, handleChange, schema } = props;
  const t = useTranslate();
  if (!visible) return null;
  const id = fieldId(path);
  const prefix = props.i18nKeyPrefix ?? path;
  const options = enumOptions(schema, prefix, t);
  const chosen = new Set(Array.isArray(data) ? data.map(String) : []);
  const invalid = errors !== '';
  const toggle = (value: string, checked: boolean): void => {
    if (checked) chosen.add(value);
    else chosen.delete(value);
    const next = options.map((option) => option.value).filter((option) => chosen.has(option));
    handleChange(path, next.length > 0 ? next : undefined);
  };
  return (
    <ChoiceFieldset id={id} label={label} required={isRequired({ required, rootSchema: props.rootSchema, path })} errors={errors} i18nKeyPrefix={prefix}>
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${index}`;
        return (
          <div className="kern-form-check" key={option.value}>
            <input
              className={invalid ? 'kern-form-check__checkbox kern-form-check__checkbox--error' : 'kern-form-check__checkbox'}
              type="checkbox"
              id={optionId}
              name={id}
              value={option.value}
              checked={chosen.has(option.value)}
              disabled={!enabled}
              aria-invalid={invalid ? true : undefined}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <label className="kern-label" htmlFor={optionId}>
              {option.label}
            </label>
          </div>
        );
      })}
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
