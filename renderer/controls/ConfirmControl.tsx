import { type ControlProps, type RankedTester, and, isBooleanControl, rankWith, schemaMatches } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import type { ReactNode } from 'react';
import { fieldId } from '../util/fieldId';
import { describedBy } from './describedBy';
import { FieldError, FieldHint } from './fieldParts';
import { kernClassName } from './kernClassName';
import { useTranslate } from './useTranslate';

/**
 * A statement the citizen confirms (`type: boolean, const: true`, typically the declaration):
 * one checkbox whose label is the statement. Unticking removes the answer, so "required" holds.
 *
 * @example
 * { "type": "Control", "scope": "#/properties/erklaerung/properties/wahrheit" }  // schema: const true
 */
export function ConfirmControl(props: ControlProps): ReactNode {
  const { data, path, label, errors, enabled, visible, handleChange } = props;
  const t = useTranslate();
  if (!visible) return null;
  const id = fieldId(path);
  const hint = t(`${props.i18nKeyPrefix ?? path}.hint`);
  const invalid = errors !== '';
  return (
    <div className={kernClassName('kern-form-check', invalid, { extra: 'ff-field ff-confirm' })}>
      <input
        className={kernClassName('kern-form-check__checkbox', invalid)}
        type="checkbox"
        id={id}
        name={id}
        checked={data === true}
        disabled={!enabled}
        aria-describedby={describedBy(id, { hint: hint !== undefined, error: invalid })}
        aria-invalid={invalid ? true : undefined}
        aria-required={props.required === true ? true : undefined}
        onChange={(event) => handleChange(path, event.target.checked ? true : undefined)}
      />
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={errors} />
    </div>
  );
}

export const confirmControlTester: RankedTester = rankWith(
  3,
  and(
    isBooleanControl,
    schemaMatches((schema) => schema.const === true),
  ),
);

export const ConfirmControlRenderer = withJsonFormsControlProps(ConfirmControl);
export default ConfirmControlRenderer;
