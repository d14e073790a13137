import { type ControlProps, type RankedTester, isStringControl, rankWith } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import type { ReactNode } from 'react';
import { fieldId } from '../util/fieldId';
import { isRequired } from './isRequired';
import { autocompleteFor } from './autocompleteFor';
import { Field } from './Field';

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
  const { data, path, label, required, errors, enabled, visible, handleChange, schema, uischema } = props;
  if (!visible) return null;
  const id = fieldId(path);
  const format = typeof schema.format === 'string' ? schema.format : '';
  const codeLike = format === 'iban' || format === 'plz' || format === 'steuer-id' || format === 'rvnr';
  return (
    <Field id={id} label={label} required={isRequired({ required, rootSchema: props.rootSchema, path })} errors={errors} i18nKeyPrefix={props.i18nKeyPrefix ?? path}>
      {(aria) => (
        <input
          id={id}
          name={id}
          className={errors === '' ? 'kern-form-input__input' : 'kern-form-input__input kern-form-input__input--error'}
          type={INPUT_TYPE[format] ?? 'text'}
          inputMode={INPUT_MODE[format]}
          autoComplete={autocompleteFor(path, schema, uischema)}
          spellCheck={codeLike ? false : undefined}
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

export const textControlTester: RankedTester = rankWith(1, isStringControl);

export const TextControlRenderer = withJsonFormsControlProps(TextControl);
export default TextControlRenderer;
