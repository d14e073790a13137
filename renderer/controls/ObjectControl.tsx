import { type StatePropsOfControlWithDetail, Generate, type RankedTester, type UISchemaElement, isObjectControl, rankWith } from '@jsonforms/core';
import { JsonFormsDispatch, withJsonFormsDetailProps } from '@jsonforms/react';
import { type ReactNode, useMemo } from 'react';
import { registries } from '../util/registries';
import { useTranslate } from './useTranslate';

/**
 * A nested object addressed by one Control (`neueAdresse`): a fieldset with the object's label
 * as legend and its fields from `options.detail`, or one below the other when there is none.
 *
 * @example
 * { "type": "Control", "scope": "#/properties/umzug/properties/neueAdresse" }
 */
export function ObjectControl(props: StatePropsOfControlWithDetail): ReactNode {
  const { schema, uischema, path, enabled, visible, renderers, cells, label } = props;
  const t = useTranslate();
  const detail = useMemo<UISchemaElement>(
    () => (uischema.options?.['detail'] as UISchemaElement | undefined) ?? Generate.uiSchema(schema, 'VerticalLayout', undefined, props.rootSchema),
    [uischema, schema, props.rootSchema],
  );
  if (!visible) return null;
  const hint = t(`${props.i18nKeyPrefix ?? path}.hint`);
  return (
    <fieldset className="kern-fieldset ff-group">
      <legend className="kern-label ff-group__legend">{label}</legend>
      {hint === undefined ? null : <div className="kern-hint">{hint}</div>}
      <div className="kern-fieldset__body">
        <JsonFormsDispatch uischema={detail} schema={schema} path={path} enabled={enabled} {...registries(renderers, cells)} />
      </div>
    </fieldset>
  );
}

export const objectControlTester: RankedTester = rankWith(2, isObjectControl);

export const ObjectControlRenderer = withJsonFormsDetailProps(ObjectControl);
export default ObjectControlRenderer;
