import { type ControlProps, type RankedTester, isIntegerControl, isNumberControl, or, rankWith } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import type { ReactNode } from 'react';
import { controlField } from './controlField';
import { Field } from './Field';
import { kernClassName } from './kernClassName';
import { useDecimalText } from './useDecimalText';

/**
 * A number typed as text (`inputmode` brings up the digit keyboard): `type=number` would reject
 * the German decimal comma in some browsers and change the value on scrolling.
 *
 * @example
 * { "type": "Control", "scope": "#/properties/haushalt/properties/anzahl" }  // schema: type integer
 */
export function NumberControl(props: ControlProps): ReactNode {
  const { data, path, label, errors, enabled, visible, handleChange, schema } = props;
  const decimal = useDecimalText(data, false, (value) => handleChange(path, value));
  if (!visible) return null;
  const field = controlField(props);
  return (
    <Field {...field} label={label} errors={errors}>
      {(aria) => (
        <input
          id={field.id}
          name={field.id}
          type="text"
          inputMode={schema.type === 'integer' ? 'numeric' : 'decimal'}
          className={kernClassName('kern-form-input__input', errors !== '', { modifiers: ['width-4'] })}
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
