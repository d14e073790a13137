/**
 * The React renderer of formflow: the FormFlow component, its JSON Forms renderer set, the
 * custom element for portals without React, and the small helpers they are built from.
 * Styles are separate: `import 'formflow/renderer/styles'` (see styles.ts).
 */
export { FormFlow, type FormFlowProps } from './FormFlow';
export { FormFlowView, type FormFlowViewProps } from './FormFlowView';
export { FormFlowContext, type FormFlowContextValue } from './FormFlowContext';
export { formflowRenderers } from './formflowRenderers';
export { defineFormFlowElement, type FormFlowElementOptions, FORMFLOW_SUBMIT_EVENT, FORMFLOW_ERROR_EVENT } from './element/defineFormFlowElement';
export { useSession, type SnapshotSource } from './useSession';
export { useFormSessionActor, type SessionStart } from './useFormSessionActor';
export { createI18n } from './i18n/createI18n';
export { jsonFormsI18n } from './i18n/jsonFormsI18n';
export { lazyRenderPdf } from './lazyRenderPdf';
export { fieldId } from './util/fieldId';
export { stepSchema } from './util/stepSchema';
export { issuesToErrors } from './util/issuesToErrors';
export { parseDecimal } from './controls/parseDecimal';
export { formatDecimal } from './controls/formatDecimal';
export { TextControl, textControlTester, TextControlRenderer } from './controls/TextControl';
export { TextareaControl, textareaControlTester, TextareaControlRenderer } from './controls/TextareaControl';
export { NumberControl, numberControlTester, NumberControlRenderer } from './controls/NumberControl';
export { MoneyControl, moneyControlTester, MoneyControlRenderer } from './controls/MoneyControl';
export { DateControl, dateControlTester, DateControlRenderer } from './controls/DateControl';
export { YesNoControl, yesNoControlTester, YesNoControlRenderer } from './controls/YesNoControl';
export { ConfirmControl, confirmControlTester, ConfirmControlRenderer } from './controls/ConfirmControl';
export { RadioControl, radioControlTester, RadioControlRenderer } from './controls/RadioControl';
export { SelectControl, selectControlTester, SelectControlRenderer } from './controls/SelectControl';
export { CheckboxesControl, checkboxesControlTester, CheckboxesControlRenderer } from './controls/CheckboxesControl';
export { ListControl, listControlTester, ListControlRenderer } from './controls/ListControl';
export { ObjectControl, objectControlTester, ObjectControlRenderer } from './controls/ObjectControl';
export { VerticalLayout, verticalLayoutTester, VerticalLayoutRenderer } from './layouts/VerticalLayout';
export { HorizontalLayout, horizontalLayoutTester, HorizontalLayoutRenderer } from './layouts/HorizontalLayout';
export { GroupLayout, groupLayoutTester, GroupLayoutRenderer } from './layouts/GroupLayout';
export { LabelElement, labelElementTester, LabelElementRenderer } from './layouts/LabelElement';
export { ErrorSummary, type ErrorSummaryItem, type ErrorSummaryProps } from './parts/ErrorSummary';
