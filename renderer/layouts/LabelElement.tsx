import { type LabelElement as LabelElementSchema, type RankedTester, type UISchemaElement, rankWith, uiTypeIs } from '@jsonforms/core';
import { type ReactNode } from 'react';
import { useTranslate } from '../controls/useTranslate';

/**
 * A paragraph of text between questions (`{ "type": "Label", "text": "<i18n key>" }`), e.g. the
 * full wording of a declaration. Line breaks in the text start new paragraphs.
 *
 * @example
 * { "type": "Label", "text": "erklaerung.text" }
 */
export function LabelElement({ uischema }: { uischema: UISchemaElement }): ReactNode {
  const t = useTranslate();
  const key = (uischema as LabelElementSchema).text;
  const text = t(key) ?? key;
  return (
    <div className="ff-text">
      {text.split(/\n+/).map((paragraph, index) => (
        <p className="kern-body" key={index}>
          {paragraph}
        </p>
      ))}
    </div>
  );
}

export const labelElementTester: RankedTester = rankWith(1, uiTypeIs('Label'));

export const LabelElementRenderer = LabelElement;
export default LabelElementRenderer;
