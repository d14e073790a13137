/**
 * The ids a control's `aria-describedby` lists: hint first, then the error, then extra ids
 * (a unit). Undefined when there is nothing, so React leaves the attribute out.
 *
 * @example
 * describedBy('ff-x', { hint: true, error: true }); // 'ff-x-hint ff-x-error'
 */
export function describedBy(id: string, parts: { hint: boolean; error: boolean; extra?: string[] }): string | undefined {
  const ids = [
    ...(parts.hint ? [`${id}-hint`] : []),
    ...(parts.error ? [`${id}-error`] : []),
    ...(parts.extra ?? []),
  ];
  return ids.length > 0 ? ids.join(' ') : undefined;
}
