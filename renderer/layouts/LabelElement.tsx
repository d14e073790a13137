import { type LabelElement as LabelElementSchema, type RankedTester, type UISchemaElement, rankWith, uiTypeIs } from '@jsonforms/core';
import { useJsonForms } from '@jsonforms/react';
import { type ReactNode, useContext } from 'react';
import { useTranslate } from '../controls/useTranslate';
import { FormFlowContext } from '../FormFlowContext';
import { conditionAnswers } from './conditionAnswers';
import { labelParams } from './labelParams';
import { VordruckButton } from '../parts/VordruckButton';

/**
 * A paragraph of text between questions (`{ "type": "Label", "text": "<i18n key>" }`), e.g. the
 * full wording of a declaration. Line breaks in the text start new paragraphs. `options.params`
 * fills the `{{name}}` slots of the text from answers or computed values (`/$computed/frist/deadline`).
 *
 * @example
 * { "type": "Label", "text": "erklaerung.text" }
 * { "type": "Label", "text": "frist.hinweis", "options": { "params": { "deadline": "/$computed/frist/deadline" } } }
 * { "type": "Label", "text": "frist.verspaetet", "options": { "variant": "warning", "showWhen": … } }
 * { "type": "Label", "text": "ausfuellen.vordruck", "options": { "download": "vordruck" } }
 * { "type": "Label", "text": "anliegen.veraenderung", "options": { "openForm": "vaem" } }
 */
export function LabelElement({ uischema }: { uischema: UISchemaElement }): ReactNode {
  const t = useTranslate();
  const flow = useContext(FormFlowContext);
  const jsonForms = useJsonForms();
  const locale = jsonForms.i18n?.locale ?? 'de';
  const key = (uischema as LabelElementSchema).text;
  const live = (jsonForms.core?.data ?? {}) as Record<string, unknown>;
  const params = flow === undefined ? undefined : labelParams(uischema.options?.['params'], conditionAnswers(flow, live), locale);
  const text = t(key, params) ?? key;
  const paragraphs = text.split(/\n+/).map((paragraph, index) => (
    <p className="kern-body" key={index}>
      {paragraph}
    </p>
  ));
  // `options.openForm: "vaem"` leads into another form of the portal (text `<key>.link`)
  const openForm = uischema.options?.['openForm'];
  if (typeof openForm === 'string') {
    return (
      <div className="ff-text">
        {paragraphs}
        <a className="kern-btn kern-btn--secondary ff-open-form" href={(flow?.formHref ?? ((id: string) => `?form=${encodeURIComponent(id)}`))(openForm)}>
          <span className="kern-label">{t(`${key}.link`) ?? openForm}</span>
        </a>
      </div>
    );
  }
  // `options.download: "vordruck"` offers the Anlage's blank copy to print below the text
  const vordruck = uischema.options?.['download'] === 'vordruck' ? flow?.vordruck : undefined;
  if (vordruck !== undefined) {
    return (
      <div className="ff-text">
        {paragraphs}
        <VordruckButton make={vordruck.make} fileName={vordruck.fileName} t={t} />
      </div>
    );
  }
  // `options.variant: "warning"` (or "info") shows the text as a KERN alert, e.g. a missed deadline
  const variant = uischema.options?.['variant'];
  if (variant === 'warning' || variant === 'info') {
    return (
      <div className={`kern-alert kern-alert--${variant} ff-text`} role="note">
        <div className="kern-alert__body">{paragraphs}</div>
      </div>
    );
  }
  return <div className="ff-text">{paragraphs}</div>;
}

export const labelElementTester: RankedTester = rankWith(1, uiTypeIs('Label'));

export const LabelElementRenderer = LabelElement;
export default LabelElementRenderer;
