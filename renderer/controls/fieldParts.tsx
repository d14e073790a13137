import type { ReactNode } from 'react';
import type { OptionalTranslate } from './useTranslate';

/**
 * The small pieces every control shares, so that label, hint, help and error look and are wired
 * the same everywhere (ids `<id>-hint`, `<id>-error` are what `describedBy` lists).
 */

/** Label text with the "optional" marker in words for questions that may stay empty. */
export function LabelText({ label, required, t }: { label: string; required: boolean; t: OptionalTranslate }): ReactNode {
  if (required) return label;
  return (
    <>
      {label} <span className="kern-label__optional">{t('ui.optional') ?? ''}</span>
    </>
  );
}

export function FieldHint({ id, hint }: { id: string; hint: string | undefined }): ReactNode {
  if (hint === undefined) return null;
  return (
    <div className="kern-hint" id={`${id}-hint`}>
      {hint}
    </div>
  );
}

/** Longer help, shown on request: a native disclosure needs no script and works with any reader. */
export function FieldHelp({ help, t }: { help: string | undefined; t: OptionalTranslate }): ReactNode {
  if (help === undefined) return null;
  return (
    <details className="ff-help">
      <summary className="ff-help__summary">{t('ui.help') ?? ''}</summary>
      <div className="ff-help__body kern-body">{help}</div>
    </details>
  );
}

export function FieldError({ id, error }: { id: string; error: string }): ReactNode {
  if (error === '') return null;
  return (
    <p className="kern-error" id={`${id}-error`}>
      <span className="kern-icon kern-icon--danger" aria-hidden="true" />
      <span className="kern-body">{error}</span>
    </p>
  );
}
