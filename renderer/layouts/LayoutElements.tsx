import { type JsonFormsCellRendererRegistryEntry, type JsonFormsRendererRegistryEntry, type JsonSchema, Resolve, type UISchemaElement } from '@jsonforms/core';
import { JsonFormsDispatch, useJsonForms } from '@jsonforms/react';
import { type ReactNode, useContext } from 'react';
import { FormFlowContext } from '../FormFlowContext';
import { registries } from '../util/registries';
import { isoToday } from '../util/isoToday';
import { ItemContext } from './ItemContext';
import { isShown } from './isShown';

export interface LayoutElementsProps {
  elements: UISchemaElement[];
  schema: JsonSchema;
  path: string;
  enabled: boolean;
  renderers?: JsonFormsRendererRegistryEntry[] | undefined;
  cells?: JsonFormsCellRendererRegistryEntry[] | undefined;
  /** class of the wrapper around each child */
  itemClassName: string;
}

/**
 * Renders the children of a layout, leaving out those whose `showWhen` does not hold. Hidden
 * controls are not mounted at all, so they cost nothing and cannot be focused or submitted.
 * Conditions see the answers of all steps (from the session) with this step's current data on
 * top, so a field appears as soon as the answer it depends on is given.
 *
 * @example
 * <LayoutElements elements={layout.elements} schema={schema} path={path} enabled itemClassName="ff-stack__item" />
 */
export function LayoutElements(props: LayoutElementsProps): ReactNode {
  const { elements, schema, path, enabled, renderers, cells, itemClassName } = props;
  const core = useJsonForms().core;
  const flow = useContext(FormFlowContext);
  const itemPath = useContext(ItemContext);
  const data = (core?.data ?? {}) as Record<string, unknown>;
  const scope = {
    answers: { ...(flow?.answers ?? {}), ...data },
    today: flow?.today ?? isoToday(),
    ...(itemPath === undefined ? {} : { item: Resolve.data(data, itemPath) as unknown }),
  };
  return elements.map((element, index) =>
    isShown(element, scope) ? (
      <div className={itemClassName} key={index}>
        <JsonFormsDispatch uischema={element} schema={schema} path={path} enabled={enabled} {...registries(renderers, cells)} />
      </div>
    ) : null,
  );
}
