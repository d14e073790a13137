import { type ReactNode, useState } from 'react';
import type { OptionalTranslate } from '../controls/useTranslate';

export interface VordruckButtonProps {
  /** makes the blank copy's bytes (see lazyRenderVordruck) */
  make: () => Promise<Uint8Array>;
  fileName: string;
  t: OptionalTranslate;
}

/**
 * "Vordruck herunterladen (PDF)": makes the blank copy when pressed and hands it to the
 * browser as a download; says so while it is made, and says when it failed (screen readers
 * hear both through the status line).
 *
 * @example
 * <VordruckButton make={() => lazyRenderVordruck({ definition: eb, person })} fileName="einkommensbescheinigung.pdf" t={t} />
 */
export function VordruckButton({ make, fileName, t }: VordruckButtonProps): ReactNode {
  const [state, setState] = useState<'idle' | 'preparing' | 'failed'>('idle');
  const download = async (): Promise<void> => {
    setState('preparing');
    try {
      const bytes = await make();
      const url = URL.createObjectURL(new Blob([bytes.slice()], { type: 'application/pdf' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="ff-vordruck">
      <button type="button" className="kern-btn kern-btn--secondary" disabled={state === 'preparing'} onClick={() => void download()}>
        <span className="kern-icon kern-icon--download" aria-hidden="true" />
        <span className="kern-label">{t('ui.vordruck.download') ?? ''}</span>
      </button>
      <p className={state === 'failed' ? 'kern-error' : 'kern-body kern-body--small'} role="status">
        {state === 'preparing' ? t('ui.vordruck.preparing') : state === 'failed' ? t('ui.vordruck.failed') : ''}
      </p>
    </div>
  );
}
