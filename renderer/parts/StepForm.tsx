import type { JsonFormsCore, JsonFormsI18nState, Middleware, UISchemaElement } from '@jsonforms/core';
import { JsonForms } from '@jsonforms/react';
import type { ErrorObject } from 'ajv';
import { memo, type ReactNode, useCallback, useEffect, useMemo, useRef } from 'react';
import type { FormDefinition } from '../../engine/definition/types';
import { formflowRenderers } from '../formflowRenderers';
import { stepSchema } from '../util/stepSchema';

export interface StepFormProps {
  definition: FormDefinition;
  step: string;
  /** the step's answers in the session (`answers[step]`) */
  value: unknown;
  errors: ErrorObject[];
  i18n: JsonFormsI18nState;
  /** called with the step's new answers whenever they change */
  onAnswer: (step: string, value: unknown) => void;
  /**
   * receives a function that hands the step's latest answers to `onAnswer` at once, if JSON
   * Forms has not reported them yet; FormFlow calls it before NEXT
   */
  registerFlush?: (flush: () => void) => void;
}

/**
 * One step's questions through `<JsonForms>`: the step-local schema (`stepSchema`), the step's UI
 * schema, our renderer set, no JSON Forms validation (the session validates with precompiled
 * validators and its issues come in as `additionalErrors`).
 *
 * The data handed to JSON Forms changes only when the session's answers for the step differ
 * from what this form emitted (a draft restored, a list changed elsewhere), so typing never
 * makes JSON Forms re-initialise. Every prop is referentially stable between keystrokes.
 *
 * @example
 * <StepForm definition={definition} step="umzug" value={answers.umzug} errors={[]} i18n={i18n} onAnswer={answer} />
 */
export const StepForm = memo(function StepForm(props: StepFormProps): ReactNode {
  const { definition, step, value, errors, i18n, onAnswer, registerFlush } = props;
  const schema = useMemo(() => stepSchema(definition, step), [definition, step]);
  const uischema = definition.ui[step] as unknown as UISchemaElement;
  const emitted = useRef<unknown>(value);
  const data = useRef<Record<string, unknown>>({ [step]: value });
  const current = useRef<Record<string, unknown>>(data.current);
  if (value !== emitted.current) {
    emitted.current = value;
    data.current = { [step]: value };
    current.current = data.current;
  }

  // JSON Forms reports changes debounced by 10 ms; the middleware sees every change at once, so
  // a NEXT pressed right after typing still validates what was typed.
  const middleware = useCallback<Middleware>((state: JsonFormsCore, action, reducer) => {
    const next = reducer(state, action);
    current.current = next.data as Record<string, unknown>;
    return next;
  }, []);

  const emit = useCallback(
    (stepValue: unknown) => {
      if (stepValue === emitted.current) return;
      emitted.current = stepValue;
      onAnswer(step, stepValue);
    },
    [onAnswer, step],
  );
  useEffect(() => {
    registerFlush?.(() => emit(current.current[step]));
    // an unmounted step has nothing left to hand over
    return () => registerFlush?.(() => undefined);
  }, [registerFlush, emit, step]);

  const onChange = useCallback(
    ({ data: changed }: Pick<JsonFormsCore, 'data'>) => emit((changed as Record<string, unknown> | undefined)?.[step]),
    [emit, step],
  );

  return (
    <JsonForms
      schema={schema}
      uischema={uischema}
      // JSON Forms re-applies `data` whenever additionalErrors change (a failed NEXT, a language
      // switch): hand it what it holds now, never the data the step opened with
      data={current.current}
      renderers={formflowRenderers as never}
      validationMode="NoValidation"
      additionalErrors={errors}
      i18n={i18n}
      middleware={middleware}
      onChange={onChange}
    />
  );
});
