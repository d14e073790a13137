import { type ControlProps, type RankedTester, isBooleanControl, rankWith } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import type { ReactNode } from 'react';
import { fieldId } from '../util/fieldId';
import { isRequired } from './isRequired';
import { ChoiceFieldset } from './ChoiceFieldset';
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
  const { data, path, label, required, errors, enabled, visible, handleChange } = props;
  const t = useTranslate();
  if (!visible) return null;
  const id = fieldId(path);
  const prefix = props.i18nKeyPrefix ?? path;
  const choices: { value: boolean; label: string }[] = [
    { value: true, label: t(`${prefix}.options.true`) ?? t('ui.yes') ?? 'Ja' },
    { value: false, label: t(`${prefix}.options.false`) ?? t('ui.no') ?? 'Nein' },
  ];
  return (
    <ChoiceFieldset id={id} label={label} required={isRequired({ required, rootSchema: props.rootSchema, path })} errors={errors} i18nKeyPrefix={prefix} horizontal>
      {choices.map((choice, index) => {
        const optionId = index === 0 ? id : `${id}-${index}`;
        return (
          <div className="kern-form-check" key={String(choice.value)}>
            <input
              className={errors === '' ? 'kern-form-check__radio' : 'kern-form-check__radio kern-form-check__radio--error'}
              type="radio"
              id={optionId}
              name={id}
              checked={data === choice.value}
              disabled={!enabled}
              onChange={() => handleChange(path, choice.value)}
            />
            <label className="kern-label" htmlFor={optionId}>
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
