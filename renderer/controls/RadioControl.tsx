import { type ControlProps, type RankedTester, and, isEnumControl, optionIs, or, rankWith, schemaMatches } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import type { ReactNode } from 'react';
import { ChoiceFieldset } from './ChoiceFieldset';
import { controlField } from './controlField';
import { enumOptions } from './enumOptions';
import { kernClassName } from './kernClassName';
import { optionId } from './optionId';
import { useTranslate } from './useTranslate';

/** Up to this many choices are shown as radios, more as a select (docs/form-format.md). */
export const MAX_RADIO_OPTIONS = 6;

/**
 * A single choice as radio buttons in a fieldset: all choices visible at once, which is easier
 * than a select for short lists. The first radio carries the field id the error summary links to.
 *
 * @example
 * { "type": "Control", "scope": "#/properties/personenwechsel/properties/art", "options": { "format": "radio" } }
 */
export function RadioControl(props: ControlProps): ReactNode {
  const { data, path, label, errors, enabled, visible, handleChange, schema } = props;
  const t = useTranslate();
  if (!visible) return null;
  const field = controlField(props);
  return (
    <ChoiceFieldset {...field} label={label} errors={errors}>
      {enumOptions(schema, field.i18nKeyPrefix, t).map((option, index) => {
        const id = optionId(field.id, index);
        return (
          <div className="kern-form-check" key={option.value}>
            <input
              className={kernClassName('kern-form-check__radio', errors !== '')}
              type="radio"
              id={id}
              name={field.id}
              value={option.value}
              checked={data === option.value}
              disabled={!enabled}
              onChange={() => handleChange(path, option.value)}
            />
            <label className="kern-label" htmlFor={id}>
              {option.label}
            </label>
          </div>
        );
      })}
    </ChoiceFieldset>
  );
}

export const radioControlTester: RankedTester = rankWith(
  3,
  and(
    isEnumControl,
    or(
      optionIs('format', 'radio'),
      schemaMatches((schema) => Array.isArray(schema.enum) && schema.enum.length <= MAX_RADIO_OPTIONS),
    ),
  ),
);

export const RadioControlRenderer = withJsonFormsControlProps(RadioControl);
export default RadioControlRenderer;
