import { type ControlProps, type RankedTester, and, isStringControl, optionIs, or, rankWith } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import type { ReactNode } from 'react';
import { fieldId } from '../util/fieldId';
import { isRequired } from './isRequired';
import { Field } from './Field';

/**
 * A multi-line text answer (`options.format: "textarea"`, or JSON Forms' `options.multi`).
 *
 * @example
 * { "type": "Control", "scope": "#/properties/sonstiges/properties/text", "options": { "format": "textarea" } }
 */
export function TextareaControl(props: ControlProps): ReactNode {
  const { data, path, label, required, errors, enabled, visible, handleChange, schema } = props;
  if (!visible) return null;
  const id = fieldId(path);
  return (
    <Field id={id} label={label} required={isRequired({ required, rootSchema: props.rootSchema, path })} errors={errors} i18nKeyPrefix={props.i18nKeyPrefix ?? path}>
      {(aria) => (
        <textarea
          id={id}
          name={id}
          className={errors === '' ? 'kern-form-input__input ff-textarea' : 'kern-form-input__input kern-form-input__input--error ff-textarea'}
          rows={5}
          maxLength={typeof schema.maxLength === 'number' ? schema.maxLength : undefined}
          value={typeof data === 'string' ? data : ''}
          disabled={!enabled}
          onChange={(event) => handleChange(path, event.target.value === '' ? undefined : event.target.value)}
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
