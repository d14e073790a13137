import { type GroupLayout as GroupLayoutSchema, type LayoutProps, type RankedTester, rankWith, uiTypeIs } from '@jsonforms/core';
import { withJsonFormsLayoutProps } from '@jsonforms/react';
import type { ReactNode } from 'react';
import { useTranslate } from '../controls/useTranslate';
import { LayoutElements } from './LayoutElements';

/**
 * Questions that belong together (an address) in a fieldset; the group's `label` is an i18n
 * key and becomes the legend, so screen readers announce it with each field.
 *
 * @example
 * { "type": "Group", "label": "umzug.neueAdresse.label", "elements": [ … ] }
 */
export function GroupLayout(props: LayoutProps): ReactNode {
  const t = useTranslate();
  if (!props.visible) return null;
  const group = props.uischema as GroupLayoutSchema;
  const key = group.label ?? '';
  const hint = key.endsWith('.label') ? t(`${key.slice(0, -'.label'.length)}.hint`) : undefined;
  return (
    <fieldset className="kern-fieldset ff-group">
      <legend className="kern-label ff-group__legend">{t(key) ?? key}</legend>
      {hint === undefined ? null : <div className="kern-hint">{hint}</div>}
      <div className="kern-fieldset__body ff-stack">
        <LayoutElements {...props} itemClassName="ff-stack__item" />
      </div>
    </fieldset>
  );
}

export const groupLayoutTester: RankedTester = rankWith(2, uiTypeIs('Group'));

export const GroupLayoutRenderer = withJsonFormsLayoutProps(GroupLayout);
export default GroupLayoutRenderer;
