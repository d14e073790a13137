import { type ControlProps, type RankedTester, isIntegerControl, isNumberControl, or, rankWith } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import type { ReactNode } from 'react';
import { fieldId } from '../util/fieldId';
import { isRequired } from './isRequired';
import { Field } from './Field';
import { useDecimalText } from './useDecimalText';

/**
 * A number typed as text (`inputmode` brings up the digit keyboard): `type=number` would reject
 * the German decimal comma in some browsers and change the value on scrolling.
 *
 * @example
 * { "type": "Control", "scope": "#/properties/haushalt/properties/anzahl" }  // schema: type integer
 */
export function NumberControl(props: ControlProps): ReactNode {
  const { data, path, label, required, errors, enabled, visible, handleChange, schema } = props;
  const decimal = useDecimalText(data, false, (value) => handleChange(path, value));
  if (!visible) return null;
  const id = fieldId(path);
  return (
    <Field id={id} label={label} required={isRequired({ required, rootSchema: props.rootSchema, path })} errors={errors} i18nKeyPrefix={props.i18nKeyPrefix ?? path}>
      {(aria) => (
        <input
          id={id}
          name={id}
          type="text"
          inputMode={schema.type === 'integer' ? 'numeric' : 'decimal'}
          className={
            errors === ''
              ? 'kern-form-input__input kern-form-input__input--width-4'
              : 'kern-form-input__input kern-form-input__input--width-4 kern-form-input__input--error'
          }
          value={decimal.text}
          disabled={!enabled}
          onChange={decimal.onChange}
          onBlur={decimal.onBlur}
          {...aria}
        />
      )}
    </Field>
  );
}

export const numberControlTester: RankedTester = rankWith(2, or(isNumberControl, isIntegerControl));

export const NumberControlRenderer = withJsonFormsControlProps(NumberControl);
export default NumberControlRenderer;
