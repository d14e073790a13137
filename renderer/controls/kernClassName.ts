/**
 * The class list of a KERN element that has an error state: the block, its own modifiers, the
 * `--error` modifier when the answer is invalid, then any extra (formflow) classes. One place
 * for the order, so every control marks an error the same way.
 *
 * @param block KERN block or element class (`kern-form-input__input`)
 * @param invalid whether the answer currently has an error
 * @example
 * kernClassName('kern-form-input__input', true, { extra: 'ff-date' });
 * // 'kern-form-input__input kern-form-input__input--error ff-date'
 * kernClassName('kern-form-input__input', false, { modifiers: ['width-4'] });
 * // 'kern-form-input__input kern-form-input__input--width-4'
 */
export function kernClassName(block: string, invalid: boolean, options: { modifiers?: string[]; extra?: string } = {}): string {
  return [
    block,
    ...(options.modifiers ?? []).map((modifier) => `${block}--${modifier}`),
    ...(invalid ? [`${block}--error`] : []),
    ...(options.extra === undefined ? [] : [options.extra]),
  ].join(' ');
}
