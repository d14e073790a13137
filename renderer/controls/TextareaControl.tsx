import { type ControlProps, type RankedTester, and, isStringControl, optionIs, or, rankWith } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import type { ReactNode } from 'react';
import { controlField } from './controlField';
import { Field } from './Field';
import { kernClassName } from './kernClassName';
import { textBinding } from './textBinding';

/**
 * A multi-line text answer (`options.format: "textarea"`, or JSON Forms' `options.multi`).
 *
 * @example
 * { "type": "Control", "scope": "#/properties/sonstiges/properties/text", "options": { "format": "textarea" } }
 */
export function TextareaControl(props: ControlProps): ReactNode {
  const { data, path, label, errors, enabled, visible, handleChange, schema } = props;
  if (!visible) return null;
  const field = controlField(props);
  return (
    <Field {...field} label={label} errors={errors}>
      {(aria) => (
        <textarea
          id={field.id}
          name={field.id}
          className={kernClassName('kern-form-input__input', errors !== '', { extra: 'ff-textarea' })}
          rows={5}
          maxLength={typeof schema.maxLength === 'number' ? schema.maxLength : undefined}
          {...textBinding(data, path, handleChange)}
          disabled={!enabled}
          {...aria}
        />
      )}
    </Field>
  );
}

export const textareaControlTester: RankedTester = rankWith(
  3,
  and(isStringControl, or(optionIs('format', 'textarea'), optionIs('multi', true))),
);

export const TextareaControlRenderer = withJsonFormsControlProps(TextareaControl);
export default TextareaControlRenderer;
