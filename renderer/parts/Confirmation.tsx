import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { PlannedAnlage } from '../../engine/plan/types';
import type { SubmissionPackage } from '../../engine/submission/types';
import type { Translate } from '../i18n/useT';

export interface ConfirmationProps {
  pkg: SubmissionPackage;
  /** the reference the host's transport returned, else the submission id */
  reference: string;
  anlagen: readonly PlannedAnlage[];
  /** whether some Nachweise were marked "later" */
  evidenceLater: boolean;
  headingLevel: 1 | 2;
  t: Translate;
}

interface Downloads {
  pdf: string;
  json: string;
}

/**
 * After submitting: the reference number, what is still to do (Anlagen, Nachweise marked for
 * later) and downloads of the E-Akte copy (PDF) and of the machine-readable package (JSON).
 * The downloads are object URLs made from the package in memory and revoked when the
 * confirmation goes away. The heading takes focus, so the news is announced.
 *
 * @example
 * <Confirmation pkg={pkg} reference="4711" anlagen={[]} evidenceLater={false} headingLevel={1} t={t} />
 */
export function Confirmation({ pkg, reference, anlagen, evidenceLater, headingLevel, t }: ConfirmationProps): ReactNode {
  const heading = useRef<HTMLHeadingElement>(null);
  const [downloads, setDownloads] = useState<Downloads | undefined>(undefined);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  useEffect(() => {
    const json = JSON.stringify({ metadata: pkg.metadata, data: pkg.data }, null, 2);
    const urls: Downloads = {
      pdf: URL.createObjectURL(new Blob([pkg.pdf.slice()], { type: 'application/pdf' })),
      json: URL.createObjectURL(new Blob([json], { type: 'application/json' })),
    };
    setDownloads(urls);
    return () => {
      URL.revokeObjectURL(urls.pdf);
      URL.revokeObjectURL(urls.json);
    };
  }, [pkg]);
  const Heading = `h${headingLevel}` as 'h1' | 'h2';
  const base = `${pkg.metadata.formId}-${pkg.metadata.submissionId}`;
  return (
    <div className="ff-confirmation">
      <div className="kern-alert kern-alert--success">
        <div className="kern-alert__header">
          <span className="kern-icon kern-icon--success" aria-hidden="true" />
          <Heading className="kern-title" tabIndex={-1} ref={heading}>
            {t('ui.confirmation.title')}
          </Heading>
        </div>
        <div className="kern-alert__body">
          <p className="kern-body">{t('ui.confirmation.text')}</p>
          <p className="kern-body kern-body--bold ff-confirmation__reference">{t('ui.confirmation.reference', { id: reference })}</p>
        </div>
      </div>
      {anlagen.length === 0 ? null : (
        <>
          <p className="kern-body">{t('ui.confirmation.anlagen')}</p>
          <ul className="kern-list kern-list--bullet">
            {anlagen.map((anlage) => (
              <li key={`${anlage.rule}:${anlage.item ?? ''}`}>
                {t(`anlage.${anlage.anlage}`)}
                {anlage.item === undefined ? '' : ` (${t('ui.anlagen.forItem', { number: anlage.item + 1 })})`}
              </li>
            ))}
          </ul>
        </>
      )}
      {evidenceLater ? <p className="kern-body">{t('ui.confirmation.laterEvidence')}</p> : null}
      <p className="kern-body">{t('ui.confirmation.keep')}</p>
      {downloads === undefined ? null : (
        <div className="ff-actions">
          <a className="kern-btn kern-btn--primary" href={downloads.pdf} download={`${base}.pdf`}>
            <span className="kern-icon kern-icon--download" aria-hidden="true" />
            <span className="kern-label">{t('ui.confirmation.download')}</span>
          </a>
          <a className="kern-btn kern-btn--secondary" href={downloads.json} download={`${base}.json`}>
            <span className="kern-icon kern-icon--download" aria-hidden="true" />
            <span className="kern-label">{t('ui.confirmation.downloadJson')}</span>
          </a>
        </div>
      )}
    </div>
  );
}
