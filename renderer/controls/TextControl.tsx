import { type ControlProps, type RankedTester, isStringControl, rankWith } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import type { ReactNode } from 'react';
import { autocompleteFor } from './autocompleteFor';
import { controlField } from './controlField';
import { Field } from './Field';
import { kernClassName } from './kernClassName';
import { textBinding } from './textBinding';

const INPUT_TYPE: Record<string, string> = { email: 'email', phone: 'tel' };
const INPUT_MODE: Record<string, 'numeric' | 'email' | 'tel'> = { plz: 'numeric', 'steuer-id': 'numeric', email: 'email', phone: 'tel' };

/**
 * A one-line text answer. An emptied field removes the answer (undefined), so "required" means
 * the same for a field never touched and one cleared again.
 *
 * @example
 * <JsonForms renderers={formflowRenderers} uischema={{ type: 'Control', scope: '#/properties/person/properties/vorname' }} … />
 */
export function TextControl(props: ControlProps): ReactNode {
  const { data, path, label, errors, enabled, visible, handleChange, schema, uischema } = props;
  if (!visible) return null;
  const field = controlField(props);
  const format = typeof schema.format === 'string' ? schema.format : '';
  const codeLike = format === 'iban' || format === 'plz' || format === 'steuer-id' || format === 'rvnr';
  return (
    <Field {...field} label={label} errors={errors}>
      {(aria) => (
        <input
          id={field.id}
          name={field.id}
          className={kernClassName('kern-form-input__input', errors !== '')}
          type={INPUT_TYPE[format] ?? 'text'}
          inputMode={INPUT_MODE[format]}
          autoComplete={autocompleteFor(path, schema, uischema)}
          spellCheck={codeLike ? false : undefined}
          maxLength={typeof schema.maxLength === 'number' ? schema.maxLength : undefined}
          {...textBinding(data, path, handleChange)}
          disabled={!enabled}
          {...aria}
        />
      )}
    </Field>
  );
}

export const textControlTester: RankedTester = rankWith(1, isStringControl);

export const TextControlRenderer = withJsonFormsControlProps(TextControl);
export default TextControlRenderer;
