import type { ReactNode } from 'react';
import { describedBy } from './describedBy';
import { FieldError, FieldHelp, FieldHint, LabelText } from './fieldParts';
import { kernClassName } from './kernClassName';
import { useTranslate } from './useTranslate';

export interface FieldProps {
  id: string;
  label: string;
  required: boolean;
  /** the error text, '' when none */
  errors: string;
  /** JSON Forms' i18n key prefix of the answer (`umzug.datum`): hint and help live below it */
  i18nKeyPrefix: string;
  /** extra ids for aria-describedby, e.g. a unit */
  describedByExtra?: string[];
  /** renders the input with the aria attributes the field computed */
  children: (aria: FieldAria) => ReactNode;
}

export interface FieldAria {
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
  'aria-required': true | undefined;
}

/**
 * The frame of a single-input question (KERN `kern-form-input`): a real `<label for>`, the
 * hint and error linked through aria-describedby, help behind a disclosure, and the
 * "optional" marker in words.
 *
 * @example
 * <Field id="ff-umzug-plz" label="Postleitzahl" required errors="" i18nKeyPrefix="umzug.plz">
 *   {(aria) => <input id="ff-umzug-plz" {...aria} />}
 * </Field>
 */
export function Field({ id, label, required, errors, i18nKeyPrefix, describedByExtra, children }: FieldProps): ReactNode {
  const t = useTranslate();
  const hint = t(`${i18nKeyPrefix}.hint`);
  const help = t(`${i18nKeyPrefix}.help`);
  const invalid = errors !== '';
  const aria: FieldAria = {
    'aria-describedby': describedBy(id, { hint: hint !== undefined, error: invalid, extra: describedByExtra ?? [] }),
    'aria-invalid': invalid ? true : undefined,
    'aria-required': required ? true : undefined,
  };
  return (
    <div className={kernClassName('kern-form-input', invalid, { extra: 'ff-field' })}>
      <label className="kern-label" htmlFor={id}>
        <LabelText label={label} required={required} t={t} />
      </label>
      <FieldHint id={id} hint={hint} />
      <FieldHelp help={help} t={t} />
      {children(aria)}
      <FieldError id={id} error={errors} />
    </div>
  );
}
