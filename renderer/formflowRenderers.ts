import type { JsonFormsRendererRegistryEntry } from '@jsonforms/core';
import { CheckboxesControlRenderer, checkboxesControlTester } from './controls/CheckboxesControl';
import { ConfirmControlRenderer, confirmControlTester } from './controls/ConfirmControl';
import { DateControlRenderer, dateControlTester } from './controls/DateControl';
import { ListControlRenderer, listControlTester } from './controls/ListControl';
import { MoneyControlRenderer, moneyControlTester } from './controls/MoneyControl';
import { PersonChoiceControlRenderer, personChoiceControlTester } from './controls/PersonChoiceControl';
import { NumberControlRenderer, numberControlTester } from './controls/NumberControl';
import { ObjectControlRenderer, objectControlTester } from './controls/ObjectControl';
import { RadioControlRenderer, radioControlTester } from './controls/RadioControl';
import { SelectControlRenderer, selectControlTester } from './controls/SelectControl';
import { TextareaControlRenderer, textareaControlTester } from './controls/TextareaControl';
import { TextControlRenderer, textControlTester } from './controls/TextControl';
import { YesNoControlRenderer, yesNoControlTester } from './controls/YesNoControl';
import { GroupLayoutRenderer, groupLayoutTester } from './layouts/GroupLayout';
import { HorizontalLayoutRenderer, horizontalLayoutTester } from './layouts/HorizontalLayout';
import { LabelElementRenderer, labelElementTester } from './layouts/LabelElement';
import { VerticalLayoutRenderer, verticalLayoutTester } from './layouts/VerticalLayout';

/**
 * The project's renderer set for `<JsonForms renderers>`: accessible controls styled with KERN
 * UX for every control option of docs/form-format.md. A frozen array, so JSON Forms can rely on
 * its identity and never re-runs its testers because of it.
 *
 * | tester rank | renderer |
 * |---|---|
 * | 6 | person choice (array with `options.choicesFrom`) |
 * | 5 | checkboxes (array of enum) |
 * | 4 | money (`format: money`), list of objects, select (`format: select`) |
 * | 3 | radios (enum ≤ 6 or `format: radio`), date, textarea, confirm checkbox (`const: true`) |
 * | 2 | yes/no radios (boolean), number, select (long enum), nested object, Group |
 * | 1 | text, Vertical/HorizontalLayout, Label |
 *
 * @example
 * <JsonForms schema={schema} uischema={ui} data={data} renderers={formflowRenderers} validationMode="NoValidation" />
 */
export const formflowRenderers: readonly JsonFormsRendererRegistryEntry[] = Object.freeze([
  { tester: textControlTester, renderer: TextControlRenderer },
  { tester: textareaControlTester, renderer: TextareaControlRenderer },
  { tester: numberControlTester, renderer: NumberControlRenderer },
  { tester: moneyControlTester, renderer: MoneyControlRenderer },
  { tester: dateControlTester, renderer: DateControlRenderer },
  { tester: yesNoControlTester, renderer: YesNoControlRenderer },
  { tester: confirmControlTester, renderer: ConfirmControlRenderer },
  { tester: radioControlTester, renderer: RadioControlRenderer },
  { tester: selectControlTester, renderer: SelectControlRenderer },
  { tester: checkboxesControlTester, renderer: CheckboxesControlRenderer },
  { tester: personChoiceControlTester, renderer: PersonChoiceControlRenderer },
  { tester: listControlTester, renderer: ListControlRenderer },
  { tester: objectControlTester, renderer: ObjectControlRenderer },
  { tester: verticalLayoutTester, renderer: VerticalLayoutRenderer },
  { tester: horizontalLayoutTester, renderer: HorizontalLayoutRenderer },
  { tester: groupLayoutTester, renderer: GroupLayoutRenderer },
  { tester: labelElementTester, renderer: LabelElementRenderer },
]);
