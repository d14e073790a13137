import { type ControlProps, type RankedTester, and, isEnumControl, optionIs, or, rankWith, schemaMatches } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import type { ReactNode } from 'react';
import { fieldId } from '../util/fieldId';
import { isRequired } from './isRequired';
import { ChoiceFieldset } from './ChoiceFieldset';
import { enumOptions } from './enumOptions';
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
  const { data, path, label, required, errors, enabled, visible, handleChange, schema } = props;
  const t = useTranslate();
  if (!visible) return null;
  const id = fieldId(path);
  const prefix = props.i18nKeyPrefix ?? path;
  return (
    <ChoiceFieldset id={id} label={label} required={isRequired({ required, rootSchema: props.rootSchema, path })} errors={errors} i18nKeyPrefix={prefix}>
      {enumOptions(schema, prefix, t).map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${index}`;
        return (
          <div className="kern-form-check" key={option.value}>
            <input
              className={errors === '' ? 'kern-form-check__radio' : 'kern-form-check__radio kern-form-check__radio--error'}
              type="radio"
              id={optionId}
              name={id}
              value={option.value}
              checked={data === option.value}
              disabled={!enabled}
              onChange={() => handleChange(path, option.value)}
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
