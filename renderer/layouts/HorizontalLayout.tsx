import { type HorizontalLayout as HorizontalLayoutSchema, type LayoutProps, type RankedTester, rankWith, uiTypeIs } from '@jsonforms/core';
import { withJsonFormsLayoutProps } from '@jsonforms/react';
import type { ReactNode } from 'react';
import { LayoutElements } from './LayoutElements';

/**
 * Questions side by side where there is room (first and last name); on a narrow screen they
 * wrap one below the other (formflow.css), so nothing scrolls sideways at 320 px.
 *
 * @example
 * { "type": "HorizontalLayout", "elements": [ { "type": "Control", … }, { "type": "Control", … } ] }
 */
export function HorizontalLayout({ uischema, schema, path, enabled, visible, renderers, cells }: LayoutProps): ReactNode {
  if (!visible) return null;
  return (
    <div className="ff-row">
      <LayoutElements
        elements={(uischema as HorizontalLayoutSchema).elements}
        schema={schema}
        path={path}
        enabled={enabled}
        renderers={renderers}
        cells={cells}
        itemClassName="ff-row__item"
      />
    </div>
  );
}

export const horizontalLayoutTester: RankedTester = rankWith(1, uiTypeIs('HorizontalLayout'));

export const HorizontalLayoutRenderer = withJsonFormsLayoutProps(HorizontalLayout);
export default HorizontalLayoutRenderer;
