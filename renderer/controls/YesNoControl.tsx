import { type ControlProps, type RankedTester, isBooleanControl, rankWith } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import type { ReactNode } from 'react';
import { ChoiceFieldset } from './ChoiceFieldset';
import { controlField } from './controlField';
import { kernClassName } from './kernClassName';
import { optionId } from './optionId';
import { useTranslate } from './useTranslate';

/**
 * A yes/no question: two radios in a fieldset, not a single checkbox, so "no" is an answer the
 * citizen gives rather than a box left empty. Texts: `<fieldKey>.options.true/false`, else
 * `ui.yes` / `ui.no`.
 *
 * @example
 * { "type": "Control", "scope": "#/properties/umzug/properties/neueMiete" }  // schema: type boolean
 */
export function YesNoControl(props: ControlProps): ReactNode {
  const { data, path, label, errors, enabled, visible, handleChange } = props;
  const t = useTranslate();
  if (!visible) return null;
  const field = controlField(props);
  const prefix = field.i18nKeyPrefix;
  const choices: { value: boolean; label: string }[] = [
    { value: true, label: t(`${prefix}.options.true`) ?? t('ui.yes') ?? 'Ja' },
    { value: false, label: t(`${prefix}.options.false`) ?? t('ui.no') ?? 'Nein' },
  ];
  return (
    <ChoiceFieldset {...field} label={label} errors={errors} horizontal>
      {choices.map((choice, index) => {
        const id = optionId(field.id, index);
        return (
          <div className="kern-form-check" key={String(choice.value)}>
            <input
              className={kernClassName('kern-form-check__radio', errors !== '')}
              type="radio"
              id={id}
              name={field.id}
              checked={data === choice.value}
              disabled={!enabled}
              onChange={() => handleChange(path, choice.value)}
            />
            <label className="kern-label" htmlFor={id}>
              {choice.label}
            </label>
          </div>
        );
      })}
    </ChoiceFieldset>
  );
}

export const yesNoControlTester: RankedTester = rankWith(2, isBooleanControl);

export const YesNoControlRenderer = withJsonFormsControlProps(YesNoControl);
export default YesNoControlRenderer;
