import type { ControlProps } from '@jsonforms/core';
import { fieldId } from '../util/fieldId';
import { isRequired } from './isRequired';

/** What every question frame (`Field`, `ChoiceFieldset`) needs to know about its answer. */
export interface ControlField {
  /** DOM id of the (first) input, the target of the error summary's link */
  id: string;
  /** whether the question must be answered, conditional `required` included */
  required: boolean;
  /** i18n key prefix of the answer: hint, help and option texts live below it */
  i18nKeyPrefix: string;
}

/**
 * The id, "required" and i18n key prefix of a control, derived the same way for every control so
 * that the error summary, the "optional" marker and the texts agree. Call it after the
 * `visible` check: the conditional-required lookup walks the schema.
 *
 * @example
 * const field = controlField(props); // { id: 'ff-umzug-datum', required: true, i18nKeyPrefix: 'umzug.datum' }
 * <Field {...field} label={label} errors={errors}>{(aria) => <input id={field.id} {...aria} />}</Field>
 */
export function controlField(props: Pick<ControlProps, 'path' | 'required' | 'rootSchema' | 'i18nKeyPrefix'>): ControlField {
  const { path, required, rootSchema } = props;
  return {
    id: fieldId(path),
    required: isRequired({ required, rootSchema, path }),
    i18nKeyPrefix: props.i18nKeyPrefix ?? path,
  };
}
