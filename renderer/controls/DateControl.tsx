import { type ControlProps, type RankedTester, and, isStringControl, optionIs, or, rankWith, schemaMatches } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import type { ReactNode } from 'react';
import { fieldId } from '../util/fieldId';
import { isRequired } from './isRequired';
import { autocompleteFor } from './autocompleteFor';
import { Field } from './Field';

const DATE_FORMATS = new Set(['date', 'date-past', 'date-future']);

/**
 * A calendar date as the native date input gives it: `YYYY-MM-DD`, the format the schema and
 * the engine store. The browser shows it in the citizen's locale and offers a picker.
 *
 * @example
 * { "type": "Control", "scope": "#/properties/umzug/properties/datum" }  // schema: format "date"
 */
export function DateControl(props: ControlProps): ReactNode {
  const { data, path, label, required, errors, enabled, visible, handleChange, schema, uischema } = props;
  if (!visible) return null;
  const id = fieldId(path);
  return (
    <Field id={id} label={label} required={isRequired({ required, rootSchema: props.rootSchema, path })} errors={errors} i18nKeyPrefix={props.i18nKeyPrefix ?? path}>
      {(aria) => (
        <input
          id={id}
          name={id}
          type="date"
          className={
            errors === ''
              ? 'kern-form-input__input ff-date'
              : 'kern-form-input__input kern-form-input__input--error ff-date'
          }
          autoComplete={autocompleteFor(path, schema, uischema)}
          value={typeof data === 'string' ? data : ''}
          disabled={!enabled}
          onChange={(event) => handleChange(path, event.target.value === '' ? undefined : event.target.value)}
          {...aria}
        />
      )}
    </Field>
  );
}

export const dateControlTester: RankedTester = rankWith(
  3,
  and(
    isStringControl,
    or(
      schemaMatches((schema) => typeof schema.format === 'string' && DATE_FORMATS.has(schema.format)),
      optionIs('format', 'date'),
    ),
  ),
);

export const DateControlRenderer = withJsonFormsControlProps(DateControl);
export default DateControlRenderer;
