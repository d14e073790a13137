/**
 * Moves focus to a field and brings its question into view, as govuk-frontend's error summary
 * does: the label (or the legend of a radio group) is scrolled to the top, because focusing the
 * input alone would scroll just the box into view and hide the question above it.
 *
 * @returns false when no element has the id (the field is hidden or not on this page)
 * @example
 * focusField(document, 'ff-umzug-datum');
 */
export function focusField(root: Document | ShadowRoot, id: string): boolean {
  const field = root.getElementById(id);
  if (!(field instanceof HTMLElement)) return false;
  const question = questionOf(field);
  if (question !== null && typeof question.scrollIntoView === 'function') question.scrollIntoView();
  field.focus({ preventScroll: question !== null });
  return true;
}

function questionOf(field: HTMLElement): HTMLElement | null {
  const fieldset = field.closest('fieldset');
  const isOption = field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox');
  if (isOption && fieldset !== null) {
    const legend = fieldset.querySelector(':scope > legend');
    if (legend instanceof HTMLElement) return legend;
  }
  const labels = 'labels' in field ? (field as HTMLInputElement).labels : null;
  return labels?.[0] ?? null;
}
