import { type ReactNode, useId } from 'react';
import type { Translate } from '../i18n/useT';

export interface ProgressIndicatorProps {
  /** 1-based position of the current step on the current path */
  current: number;
  /** steps on the current path, the summary included */
  total: number;
  t: Translate;
}

/**
 * "Schritt 2 von 7" with a progress bar (KERN `kern-progress`). The numbers come from the
 * plan's current path, so a skipped branch never counts; the bar is labelled by the text, so it
 * is announced once and in words.
 *
 * @example
 * <ProgressIndicator current={2} total={7} t={t} />
 */
export function ProgressIndicator({ current, total, t }: ProgressIndicatorProps): ReactNode {
  const id = useId();
  if (total <= 0) return null;
  return (
    <div className="kern-progress ff-progress">
      <p className="kern-body kern-body--small" id={id}>
        {t('ui.progress', { current, total })}
      </p>
      <progress max={total} value={current} aria-labelledby={id} />
    </div>
  );
}
