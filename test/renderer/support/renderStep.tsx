import type { JsonSchema, UISchemaElement } from '@jsonforms/core';
import { JsonForms } from '@jsonforms/react';
import { act, render, type RenderResult } from '@testing-library/react';
import type { ErrorObject } from 'ajv';
import i18next from 'i18next';
import { formflowRenderers } from '../../../renderer/formflowRenderers';
import { jsonFormsI18n } from '../../../renderer/i18n/jsonFormsI18n';
import { FormFlowContext, type FormFlowContextValue } from '../../../renderer/FormFlowContext';

export interface RenderStepOptions {
  schema: object;
  uischema: UISchemaElement;
  data?: unknown;
  messages?: Record<string, string>;
  errors?: ErrorObject[];
  readonly?: boolean;
  locale?: string;
  onChange?: (data: unknown) => void;
  /** the running form around the step (answers of other steps, computed values, context), as FormFlow provides it */
  flow?: FormFlowContextValue;
}

/** Renders one step's UI schema with the formflow renderer set, as FormFlow does. */
export function renderStep(options: RenderStepOptions): RenderResult {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { [options.locale ?? 'de']: { translation: { 'ui.optional': 'optional', 'ui.help': 'Hilfe', 'ui.add': 'Hinzufügen', 'ui.remove': 'Entfernen', ...options.messages } } },
    lng: options.locale ?? 'de',
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const form = (
    <JsonForms
      schema={options.schema as JsonSchema}
      uischema={options.uischema}
      data={options.data ?? {}}
      renderers={formflowRenderers as never}
      validationMode="NoValidation"
      additionalErrors={options.errors ?? []}
      readonly={options.readonly ?? false}
      i18n={jsonFormsI18n(instance)}
      onChange={({ data }) => options.onChange?.(data)}
    />
  );
  return render(options.flow === undefined ? form : <FormFlowContext.Provider value={options.flow}>{form}</FormFlowContext.Provider>);
}

/** Waits past JSON Forms' 10 ms change debounce. */
export async function settle(): Promise<void> {
  await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
}

/** An ajv-shaped error as FormFlow hands the session's issues to JSON Forms. */
export function errorAt(instancePath: string, message: string): ErrorObject {
  return { instancePath, keyword: 'custom', schemaPath: '', params: {}, message };
}
