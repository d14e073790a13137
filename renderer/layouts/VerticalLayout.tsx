import { type LayoutProps, type RankedTester, type VerticalLayout as VerticalLayoutSchema, rankWith, uiTypeIs } from '@jsonforms/core';
import { withJsonFormsLayoutProps } from '@jsonforms/react';
import type { ReactNode } from 'react';
import { LayoutElements } from './LayoutElements';

/**
 * Questions one below the other.
 *
 * @example
 * { "type": "VerticalLayout", "elements": [ … ] }
 */
export function VerticalLayout({ uischema, schema, path, enabled, visible, renderers, cells }: LayoutProps): ReactNode {
  if (!visible) return null;
  return (
    <div className="ff-stack">
      <LayoutElements
        elements={(uischema as VerticalLayoutSchema).elements}
        schema={schema}
        path={path}
        enabled={enabled}
        renderers={renderers}
        cells={cells}
        itemClassName="ff-stack__item"
      />
    </div>
  );
}

export const verticalLayoutTester: RankedTester = rankWith(1, uiTypeIs('VerticalLayout'));

export const VerticalLayoutRenderer = withJsonFormsLayoutProps(VerticalLayout);
export default VerticalLayoutRenderer;
