import type { JsonSchema, UISchemaElement } from '@jsonforms/core';
import type { Messages } from '../../engine/definition/types';
import type { ControlStoryProps } from './ControlStory';

export interface ControlStates {
  empty: ControlStoryProps;
  filled: ControlStoryProps;
  error: ControlStoryProps;
  disabled: ControlStoryProps;
}

/**
 * The four states every control is shown in: empty, filled, with an error, disabled (filled).
 *
 * @example
 * const states = controlStates({ schema, uischema, messages, value: { s: { name: 'Erika' } }, error: { '/s/name': 'Bitte …' } });
 */
export function controlStates(base: {
  schema: JsonSchema;
  uischema: UISchemaElement;
  messages: Messages;
  value: Record<string, unknown>;
  error: Record<string, string>;
}): ControlStates {
  const { schema, uischema, messages, value, error } = base;
  return {
    empty: { schema, uischema, messages },
    filled: { schema, uischema, messages, data: value },
    error: { schema, uischema, messages, errors: error },
    disabled: { schema, uischema, messages, data: value, disabled: true },
  };
}

/** A step-local schema with one step `s` holding the given properties. */
export function stepWith(properties: Record<string, unknown>, required: string[] = []): JsonSchema {
  return { type: 'object', properties: { s: { type: 'object', properties, required } } } as JsonSchema;
}

/** A Control for the property `name` of step `s`. */
export function controlFor(name: string, options?: Record<string, unknown>): UISchemaElement {
  return { type: 'Control', scope: `#/properties/s/properties/${name}`, ...(options === undefined ? {} : { options }) } as UISchemaElement;
}
