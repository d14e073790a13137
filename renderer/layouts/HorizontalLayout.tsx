import { type LayoutProps, type RankedTester, rankWith, uiTypeIs } from '@jsonforms/core';
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
export function HorizontalLayout(props: LayoutProps): ReactNode {
  if (!props.visible) return null;
  return (
    <div className="ff-row">
      <LayoutElements {...props} itemClassName="ff-row__item" />
    </div>
  );
}

export const horizontalLayoutTester: RankedTester = rankWith(1, uiTypeIs('HorizontalLayout'));

export const HorizontalLayoutRenderer = withJsonFormsLayoutProps(HorizontalLayout);
export default HorizontalLayoutRenderer;
