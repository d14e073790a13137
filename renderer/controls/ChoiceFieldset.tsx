import type { ReactNode } from 'react';
import { describedBy } from './describedBy';
import { FieldError, FieldHelp, FieldHint, LabelText } from './fieldParts';
import { kernClassName } from './kernClassName';
import { useTranslate } from './useTranslate';

export interface ChoiceFieldsetProps {
  /** id of the first input: the error summary links to it */
  id: string;
  label: string;
  required: boolean;
  errors: string;
  i18nKeyPrefix: string;
  /** lay the options out in a row (yes/no) instead of a column */
  horizontal?: boolean;
  children: ReactNode;
}

/**
 * The frame of a question answered with several inputs (radios, checkboxes): a fieldset whose
 * legend is the question, so every option is announced together with it.
 *
 * @example
 * <ChoiceFieldset id="ff-auswahl-art" label="Was hat sich geändert?" required errors="" i18nKeyPrefix="auswahl.art">
 *   …radios…
 * </ChoiceFieldset>
 */
export function ChoiceFieldset(props: ChoiceFieldsetProps): ReactNode {
  const { id, label, required, errors, i18nKeyPrefix, horizontal, children } = props;
  const t = useTranslate();
  const hint = t(`${i18nKeyPrefix}.hint`);
  const help = t(`${i18nKeyPrefix}.help`);
  const invalid = errors !== '';
  return (
    <fieldset
      className={kernClassName('kern-fieldset', invalid, { extra: 'ff-field' })}
      id={`${id}-fieldset`}
      // aria-invalid is not allowed on a group; the error is announced through the description
      aria-describedby={describedBy(id, { hint: hint !== undefined, error: invalid })}
    >
      <legend className="kern-label">
        <LabelText label={label} required={required} t={t} />
      </legend>
      <FieldHint id={id} hint={hint} />
      <FieldHelp help={help} t={t} />
      <FieldError id={id} error={errors} />
      <div className={horizontal === true ? 'kern-fieldset__body kern-fieldset__body--horizontal' : 'kern-fieldset__body'}>
        {children}
      </div>
    </fieldset>
  );
}
