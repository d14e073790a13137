import type { JsonSchema, UISchemaElement } from '@jsonforms/core';
import { JsonForms } from '@jsonforms/react';
import { type ReactNode, useMemo, useState } from 'react';
import sharedDe from '../../forms/shared/i18n/de.json';
import type { Messages } from '../../engine/definition/types';
import { formflowRenderers } from '../../renderer/formflowRenderers';
import { jsonFormsI18n } from '../../renderer/i18n/jsonFormsI18n';
import { issuesToErrors } from '../../renderer/util/issuesToErrors';
import i18next from 'i18next';

export interface ControlStoryProps {
  /** the step's schema: `{ type: 'object', properties: { <step>: … } }` */
  schema: JsonSchema;
  uischema: UISchemaElement;
  data?: Record<string, unknown>;
  /** texts of the story, over the shared German texts */
  messages: Messages;
  /** error texts by JSON pointer, as the session would report them */
  errors?: Record<string, string>;
  disabled?: boolean;
}

/**
 * One control (or layout) of the renderer set as FormFlow mounts it: a step-local schema,
 * JSON Forms without its own validation, errors handed in as the session's issues.
 *
 * @example
 * <ControlStory schema={schema} uischema={{ type: 'Control', scope: '#/properties/s/properties/name' }} messages={{ 's.name.label': 'Name' }} />
 */
export function ControlStory({ schema, uischema, data, messages, errors, disabled }: ControlStoryProps): ReactNode {
  const i18n = useMemo(() => {
    const instance = i18next.createInstance();
    void instance.init({
      resources: { de: { translation: { ...sharedDe, ...messages } } },
      lng: 'de',
      keySeparator: false,
      nsSeparator: false,
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    return jsonFormsI18n(instance);
  }, [messages]);
  const additionalErrors = useMemo(
    () =>
      issuesToErrors(
        Object.keys(errors ?? {}).map((path) => ({ code: 'custom', path, params: {} })),
        (issue) => errors?.[issue.path] ?? '',
      ),
    [errors],
  );
  const [initial] = useState(() => data ?? {});
  return (
    <div className="ff-flow">
      <JsonForms
        schema={schema}
        uischema={uischema}
        data={initial}
        renderers={formflowRenderers as never}
        validationMode="NoValidation"
        additionalErrors={additionalErrors}
        readonly={disabled ?? false}
        i18n={i18n}
      />
    </div>
  );
}
