import type { ReactNode } from 'react';
import type { DraftLoadStatus, DraftSaveStatus } from '../../engine/session/types';
import { assertNever } from '../../engine/util/assertNever';
import type { Translate } from '../i18n/useT';

export interface DraftStatusProps {
  loaded: DraftLoadStatus;
  save: DraftSaveStatus;
  locale: string;
  t: Translate;
}

/**
 * What happened to the citizen's saved draft: restored, refused (the form changed), unreadable,
 * storage unavailable — shown as a notice — and a quiet line for the autosave ("Gespeichert um
 * 14:05"). The save line is deliberately not a live region: announcing "saved" after every pause
 * in typing would drown out the form; only a failed save is announced.
 *
 * @example
 * <DraftStatus loaded={{ status: 'restored', savedAt, missingFiles: [] }} save={{ status: 'idle' }} locale="de" t={t} />
 */
export function DraftStatus({ loaded, save, locale, t }: DraftStatusProps): ReactNode {
  const notice = loadNotice(loaded, t);
  const line = saveLine(save, locale, t);
  if (notice === undefined && line === undefined) return null;
  return (
    <div className="ff-draft">
      {notice === undefined ? null : (
        <div className={`kern-alert kern-alert--${notice.tone} ff-draft__notice`} role="status">
          <div className="kern-alert__body">
            {notice.lines.map((text) => (
              <p className="kern-body" key={text}>
                {text}
              </p>
            ))}
          </div>
        </div>
      )}
      {line === undefined ? null : (
        <p className="kern-body kern-body--small kern-body--muted ff-draft__save" role={line.failed ? 'alert' : undefined}>
          {line.text}
        </p>
      )}
    </div>
  );
}

interface Notice {
  tone: 'info' | 'warning';
  lines: string[];
}

function loadNotice(loaded: DraftLoadStatus, t: Translate): Notice | undefined {
  switch (loaded.status) {
    case 'none':
      return undefined;
    case 'restored':
      return {
        tone: 'info',
        lines: [
          t('ui.draft.restored'),
          ...(loaded.migratedFrom === undefined ? [] : [t('ui.draft.migrated')]),
          ...(loaded.missingFiles.length === 0
            ? []
            : [t('ui.draft.missing-files', { files: loaded.missingFiles.map((file) => file.filename).join(', ') })]),
        ],
      };
    case 'corrupt':
      return { tone: 'warning', lines: [t('ui.draft.corrupt')] };
    case 'other-version':
      return { tone: 'warning', lines: [t('ui.draft.other-version')] };
    case 'unavailable':
      return { tone: 'warning', lines: [t('ui.draft.unavailable')] };
    default:
      return assertNever(loaded);
  }
}

interface SaveLine {
  text: string;
  failed: boolean;
}

function saveLine(save: DraftSaveStatus, locale: string, t: Translate): SaveLine | undefined {
  switch (save.status) {
    case 'off':
    case 'idle':
      return undefined;
    case 'pending':
    case 'saving':
      return { text: t(`ui.draft.save.${save.status}`), failed: false };
    case 'saved':
      return { text: t('ui.draft.save.saved', { time: clockTime(save.savedAt, locale) }), failed: false };
    case 'failed':
      return { text: t(`ui.draft.save.failed.${save.reason}`), failed: true };
    default:
      return assertNever(save);
  }
}

/** "14:05": the citizen's local time of an ISO timestamp. */
function clockTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale.startsWith('de') ? 'de-DE' : locale, { hour: '2-digit', minute: '2-digit' }).format(date);
}
