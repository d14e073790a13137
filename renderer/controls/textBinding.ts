import type { ControlProps } from '@jsonforms/core';

/** The `value` and `onChange` of a text-like input, select or textarea. */
export interface TextBinding {
  value: string;
  onChange: (event: { target: { value: string } }) => void;
}

/**
 * Binds a text-like input to a string answer. An emptied field removes the answer (undefined),
 * so "required" means the same for a field never touched and one cleared again; a stored value
 * that is not a string shows as empty.
 *
 * @example
 * <input id={id} {...textBinding(data, path, handleChange)} />
 */
export function textBinding(data: unknown, path: string, handleChange: ControlProps['handleChange']): TextBinding {
  return {
    value: typeof data === 'string' ? data : '',
    onChange: (event) => handleChange(path, event.target.value === '' ? undefined : event.target.value),
  };
}
