import { type LayoutProps, type RankedTester, rankWith, uiTypeIs } from '@jsonforms/core';
import { withJsonFormsLayoutProps } from '@jsonforms/react';
import type { ReactNode } from 'react';
import { LayoutElements } from './LayoutElements';

/**
 * Questions one below the other.
 *
 * @example
 * { "type": "VerticalLayout", "elements": [ … ] }
 */
export function VerticalLayout(props: LayoutProps): ReactNode {
  if (!props.visible) return null;
  return (
    <div className="ff-stack">
      <LayoutElements {...props} itemClassName="ff-stack__item" />
    </div>
  );
}

export const verticalLayoutTester: RankedTester = rankWith(1, uiTypeIs('VerticalLayout'));

export const VerticalLayoutRenderer = withJsonFormsLayoutProps(VerticalLayout);
export default VerticalLayoutRenderer;
