import { type Layout, type LayoutProps, Resolve } from '@jsonforms/core';
import { JsonFormsDispatch, useJsonForms } from '@jsonforms/react';
import { type ReactNode, useContext } from 'react';
import { FormFlowContext } from '../FormFlowContext';
import { registries } from '../util/registries';
import { isoToday } from '../util/isoToday';
import { conditionAnswers } from './conditionAnswers';
import { ItemContext } from './ItemContext';
import { isShown } from './isShown';

/** The props of the layout being rendered (its `uischema` holds the children), plus the wrapper class. */
export interface LayoutElementsProps extends Pick<LayoutProps, 'uischema' | 'schema' | 'path' | 'enabled' | 'renderers' | 'cells'> {
  /** class of the wrapper around each child */
  itemClassName: string;
}

/**
 * Renders the children (`uischema.elements`) of a layout, leaving out those whose `showWhen` does not hold. Hidden
 * controls are not mounted at all, so they cost nothing and cannot be focused or submitted.
 * Conditions see the answers of all steps (from the session) with this step's current data on
 * top, so a field appears as soon as the answer it depends on is given.
 *
 * @example
 * <LayoutElements {...layoutProps} itemClassName="ff-stack__item" />
 */
export function LayoutElements(props: LayoutElementsProps): ReactNode {
  const { uischema, schema, path, enabled, renderers, cells, itemClassName } = props;
  const core = useJsonForms().core;
  const flow = useContext(FormFlowContext);
  const itemPath = useContext(ItemContext);
  const data = (core?.data ?? {}) as Record<string, unknown>;
  const scope = {
    answers: conditionAnswers(flow, data),
    today: flow?.today ?? isoToday(),
    ...(itemPath === undefined ? {} : { item: Resolve.data(data, itemPath) as unknown }),
  };
  return (uischema as Layout).elements.map((element, index) =>
    isShown(element, scope) ? (
      <div className={itemClassName} key={index}>
        <JsonFormsDispatch uischema={element} schema={schema} path={path} enabled={enabled} {...registries(renderers, cells)} />
      </div>
    ) : null,
  );
}
