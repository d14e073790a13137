/**
 * Bench page: the same step with stock JSON Forms — `<JsonForms>` with the vanilla renderers and
 * cells, JSON Forms' default validation (ValidateAndShow against the whole form's schema, ajv
 * compiled in the page) and the whole answers as data, kept in React state the way JSON Forms'
 * documentation shows (`onChange` → `setData`).
 */
import type { JsonSchema, UISchemaElement } from '@jsonforms/core';
import { JsonForms } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
import { type ReactNode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { forms } from 'virtual:formflow/forms';
import { resolveStep } from '../../engine/modules/resolveStep';
import { stepAnswers } from '../../engine/modules/stepAnswers';
import { benchConfig, installLatencyProbe, rootElement } from './page';

installLatencyProbe();
const config = benchConfig();
const load = forms[config.form];
if (load === undefined) throw new Error(`bench page: no form "${config.form}"`);

void load().then((definition) => {
  // an Anlage instance's step is the Anlage's own form: its schema, with the instance's answers
  const ref = resolveStep(definition, config.step);
  const schema = ref.definition.schema as JsonSchema;
  const uischema = ref.definition.ui[ref.step] as unknown as UISchemaElement;
  const data = ref.instance === undefined ? config.answers : (stepAnswers(config.answers, ref.at.slice(0, -1)) ?? {});
  createRoot(rootElement()).render(<StockForm schema={schema} uischema={uischema} initial={data} />);
});

function StockForm({ schema, uischema, initial }: { schema: JsonSchema; uischema: UISchemaElement; initial: unknown }): ReactNode {
  const [data, setData] = useState(initial);
  return (
    <JsonForms
      schema={schema}
      uischema={uischema}
      data={data}
      renderers={vanillaRenderers}
      cells={vanillaCells}
      validationMode="ValidateAndShow"
      onChange={({ data: changed }) => setData(changed)}
    />
  );
}
