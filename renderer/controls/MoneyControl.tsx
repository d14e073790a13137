import { type ControlProps, type RankedTester, and, isNumberControl, optionIs, rankWith } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import type { ReactNode } from 'react';
import { controlField } from './controlField';
import { Field } from './Field';
import { kernClassName } from './kernClassName';
import { useDecimalText } from './useDecimalText';
import { useTranslate } from './useTranslate';

/**
 * An amount in euros (`options.format: "money"`): typed as `1.234,50`, stored as the number
 * 1234.5. The € sign follows the input and is part of its description.
 *
 * @example
 * { "type": "Control", "scope": "#/properties/umzug/properties/grundmiete", "options": { "format": "money" } }
 */
export function MoneyControl(props: ControlProps): ReactNode {
  const { data, path, label, errors, enabled, visible, handleChange } = props;
  const t = useTranslate();
  const decimal = useDecimalText(data, true, (value) => handleChange(path, value));
  if (!visible) return null;
  const field = controlField(props);
  const unitId = `${field.id}-unit`;
  return (
    <Field {...field} label={label} errors={errors} describedByExtra={[unitId]}>
      {(aria) => (
        <div className="kern-input-group ff-money">
          <input
            id={field.id}
            name={field.id}
            type="text"
            inputMode="decimal"
            className={kernClassName('kern-form-input__input', errors !== '')}
            value={decimal.text}
            disabled={!enabled}
            onChange={decimal.onChange}
            onBlur={decimal.onBlur}
            {...aria}
          />
          <span className={enabled ? 'kern-input-group-text' : 'kern-input-group-text kern-input-group-text--disabled'} id={unitId}>
            <span aria-hidden="true">€</span>
            <span className="kern-sr-only">{t('ui.money.currency') ?? '€'}</span>
          </span>
        </div>
      )}
    </Field>
  );
}

export const moneyControlTester: RankedTester = rankWith(4, and(isNumberControl, optionIs('format', 'money')));

export const MoneyControlRenderer = withJsonFormsControlProps(MoneyControl);
export default MoneyControlRenderer;
