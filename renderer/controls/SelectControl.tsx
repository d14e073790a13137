import { type ControlProps, type RankedTester, isEnumControl, rankWith } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import type { ReactNode } from 'react';
import { controlField } from './controlField';
import { enumOptions } from './enumOptions';
import { Field } from './Field';
import { kernClassName } from './kernClassName';
import { textBinding } from './textBinding';
import { useTranslate } from './useTranslate';

/**
 * A single choice from a long list as a native select. The empty first entry keeps "not yet
 * chosen" distinct from the first choice; choosing it again removes the answer.
 *
 * @example
 * { "type": "Control", "scope": "#/properties/leistungen/properties/art", "options": { "format": "select" } }
 */
export function SelectControl(props: ControlProps): ReactNode {
  const { data, path, label, errors, enabled, visible, handleChange, schema } = props;
  const t = useTranslate();
  if (!visible) return null;
  const field = controlField(props);
  return (
    <Field {...field} label={label} errors={errors}>
      {(aria) => (
        <div className="kern-form-input__select-wrapper">
          <select
            id={field.id}
            name={field.id}
            className={kernClassName('kern-form-input__select', errors !== '')}
            {...textBinding(data, path, handleChange)}
            disabled={!enabled}
            {...aria}
          >
            <option value="">{t('ui.select.prompt') ?? ''}</option>
            {enumOptions(schema, field.i18nKeyPrefix, t).map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      )}
    </Field>
  );
}

/** Rank 2: below the radios' 3, so only long lists — or `format: "select"` (rank 4) — end here. */
export const selectControlTester: RankedTester = (uischema, schema, context) => {
  if (uischema.options?.['format'] === 'select') return rankWith(4, isEnumControl)(uischema, schema, context);
  return rankWith(2, isEnumControl)(uischema, schema, context);
};

export const SelectControlRenderer = withJsonFormsControlProps(SelectControl);
export default SelectControlRenderer;
