import { type ControlProps, type RankedTester, and, isStringControl, optionIs, or, rankWith, schemaMatches } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import type { ReactNode } from 'react';
import { autocompleteFor } from './autocompleteFor';
import { controlField } from './controlField';
import { Field } from './Field';
import { kernClassName } from './kernClassName';
import { textBinding } from './textBinding';

const DATE_FORMATS = new Set(['date', 'date-past', 'date-future']);

/**
 * A calendar date as the native date input gives it: `YYYY-MM-DD`, the format the schema and
 * the engine store. The browser shows it in the citizen's locale and offers a picker.
 *
 * @example
 * { "type": "Control", "scope": "#/properties/umzug/properties/datum" }  // schema: format "date"
 */
export function DateControl(props: ControlProps): ReactNode {
  const { data, path, label, errors, enabled, visible, handleChange, schema, uischema } = props;
  if (!visible) return null;
  const field = controlField(props);
  return (
    <Field {...field} label={label} errors={errors}>
      {(aria) => (
        <input
          id={field.id}
          name={field.id}
          type="date"
          className={kernClassName('kern-form-input__input', errors !== '', { extra: 'ff-date' })}
          autoComplete={autocompleteFor(path, schema, uischema)}
          {...textBinding(data, path, handleChange)}
          disabled={!enabled}
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
