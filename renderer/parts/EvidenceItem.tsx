import { type ChangeEvent, type ReactNode, useId, useRef } from 'react';
import type { PlannedEvidence } from '../../engine/plan/types';
import type { UploadEntry } from '../../engine/session/types';
import type { UploadFile } from '../../engine/uploads/types';
import { assertNever } from '../../engine/util/assertNever';
import type { Translate } from '../i18n/useT';
import { formatBytes } from '../util/formatBytes';

export interface EvidenceItemProps {
  evidence: PlannedEvidence;
  /** DOM id of the file input: the error summary links here */
  inputId: string;
  files: readonly UploadEntry[];
  accept: readonly string[];
  /** the text of a step issue for this Nachweis (still missing after NEXT), '' when none */
  error: string;
  locale: string;
  headingLevel: 2 | 3 | 4;
  t: Translate;
  onUpload: (evidenceId: string, file: UploadFile) => void;
  onRemove: (attachmentId: string) => void;
  onLater: (evidenceId: string, later: boolean) => void;
}

/**
 * One Nachweis of the checklist: the document's name as heading, its status in words, the
 * files given for it (each with its state, a refused file with the engine's reason), a file
 * input labelled with the document, and "Reiche ich später nach".
 *
 * @example
 * <EvidenceItem evidence={nachweis} inputId="ff-nachweise-umzug_mietvertrag" files={[]} accept={['application/pdf']} error="" … />
 */
export function EvidenceItem(props: EvidenceItemProps): ReactNode {
  const { evidence, inputId, files, accept, error, locale, headingLevel, t } = props;
  const titleId = useId();
  const statusId = `${inputId}-status`;
  const errorId = `${inputId}-error`;
  const failed = files.filter((file) => file.status === 'failed');
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  const documentName = t(`document.${evidence.document}`);
  const named =
    evidence.person !== undefined
      ? `${documentName} (${evidence.person})`
      : evidence.item === undefined || evidence.anlage !== undefined
        ? documentName
        : `${documentName} (${t('ui.evidence.forItem', { number: evidence.item + 1 })})`;
  // an optional Nachweis (a free attachment) says so and needs no "later"
  const title = evidence.optional === true ? `${named} (${t('ui.evidence.optional')})` : named;
  const fileInput = useRef<HTMLInputElement>(null);
  const laterBox = useRef<HTMLInputElement>(null);
  // the remove button disappears with its file: keep keyboard focus in the item, not on <body>
  const removeFile = (attachmentId: string): void => {
    props.onRemove(attachmentId);
    (fileInput.current ?? laterBox.current)?.focus();
  };
  const describedBy = [statusId, ...(error === '' ? [] : [errorId]), ...failed.map((file) => `${inputId}-file-${file.id}`)].join(' ');

  const choose = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const input = event.currentTarget;
    const chosen = Array.from(input.files ?? []);
    // cleared so that choosing the same file again (after removing it) fires change again
    input.value = '';
    for (const file of chosen) {
      props.onUpload(evidence.id, { name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) });
    }
  };

  return (
    <li className={error === '' ? 'ff-evidence__item' : 'ff-evidence__item ff-evidence__item--error'} aria-labelledby={titleId}>
      <Heading className="kern-heading-small ff-evidence__title" id={titleId}>
        {title}
      </Heading>
      <p className={`kern-badge kern-badge--${badgeTone(evidence.status)} ff-evidence__status`} id={statusId}>
        {t(`ui.evidence.status.${evidence.status}`)}
      </p>
      {files.length === 0 ? null : (
        <ul className="kern-list ff-evidence__files">
          {files.map((file) => (
            <li key={file.id} className="ff-evidence__file">
              <span className="ff-evidence__filename">{file.filename}</span>{' '}
              <span className="kern-body--muted">({formatBytes(file.size, locale)})</span>{' '}
              <span className="ff-evidence__filestate">{fileState(file, t)}</span>
              {file.status === 'failed' && file.error !== undefined ? (
                <p className="kern-error" id={`${inputId}-file-${file.id}`}>
                  <span className="kern-icon kern-icon--danger" aria-hidden="true" />
                  <span className="kern-body">{t(`ui.upload.error.${file.error.code}`, readableParams(file.error.params, locale))}</span>
                </p>
              ) : null}
              {file.status === 'ready' || file.status === 'failed' ? (
                <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" onClick={() => removeFile(file.id)}>
                  <span className="kern-label">
                    {t('ui.upload.remove')} <span className="kern-sr-only">{file.filename}</span>
                  </span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {error === '' ? null : (
        <p className="kern-error" id={errorId}>
          <span className="kern-icon kern-icon--danger" aria-hidden="true" />
          <span className="kern-body">{error}</span>
        </p>
      )}
      {evidence.status === 'later' ? null : (
        <div className={error === '' ? 'kern-form-input' : 'kern-form-input kern-form-input--error'}>
          <label className="kern-label" htmlFor={inputId}>
            {t(files.some((file) => file.status === 'ready') ? 'ui.upload.chooseAnother' : 'ui.upload.choose')}
            <span className="kern-sr-only">: {title}</span>
          </label>
          <input
            className="kern-form-input__input"
            type="file"
            ref={fileInput}
            id={inputId}
            accept={accept.join(',')}
            multiple
            aria-describedby={describedBy}
            onChange={(event) => void choose(event)}
          />
        </div>
      )}
      {evidence.optional === true ? null : (
      <div className="kern-form-check">
        <input
          className="kern-form-check__checkbox"
          type="checkbox"
          ref={laterBox}
          id={`${inputId}-later`}
          checked={evidence.status === 'later'}
          disabled={evidence.status === 'uploaded'}
          onChange={(event) => props.onLater(evidence.id, event.target.checked)}
        />
        <label className="kern-label" htmlFor={`${inputId}-later`}>
          {t('ui.upload.later')}
          <span className="kern-sr-only">: {title}</span>
        </label>
      </div>
      )}
    </li>
  );
}

function badgeTone(status: PlannedEvidence['status']): 'success' | 'info' | 'warning' {
  if (status === 'uploaded') return 'success';
  return status === 'later' ? 'info' : 'warning';
}

function fileState(file: UploadEntry, t: Translate): string {
  switch (file.status) {
    case 'checking':
    case 'reading':
      return t('ui.upload.uploading');
    case 'ready':
      return t('ui.upload.ready');
    case 'failed':
      return t('ui.upload.failed');
    default:
      return assertNever(file.status);
  }
}

/** Byte counts in upload errors (limit, size, total) read as "10 MB", not 10485760. */
function readableParams(params: Record<string, string | number>, locale: string): Record<string, string | number> {
  const readable: Record<string, string | number> = { ...params };
  for (const key of ['limit', 'size', 'total']) {
    const value = params[key];
    if (typeof value === 'number') readable[key] = formatBytes(value, locale);
  }
  return readable;
}
