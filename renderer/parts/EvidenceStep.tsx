import type { ReactNode } from 'react';
import type { UploadLimits } from '../../engine/definition/types';
import type { PlannedEvidence } from '../../engine/plan/types';
import type { UploadEntry } from '../../engine/session/types';
import type { UploadFile } from '../../engine/uploads/types';
import { joinPointer } from '../../engine/util/pointer';
import type { Translate } from '../i18n/useT';
import { fieldId } from '../util/fieldId';
import { formatBytes } from '../util/formatBytes';
import { EvidenceItem } from './EvidenceItem';

export interface EvidenceStepProps {
  step: string;
  evidence: readonly PlannedEvidence[];
  attachments: readonly UploadEntry[];
  limits: UploadLimits;
  /** issue texts by evidence id (Nachweise still missing after a failed NEXT) */
  errors: Readonly<Record<string, string>>;
  locale: string;
  headingLevel: 1 | 2;
  t: Translate;
  onUpload: (evidenceId: string, file: UploadFile) => void;
  onRemove: (attachmentId: string) => void;
  onLater: (evidenceId: string, later: boolean) => void;
}

/**
 * The Nachweis checklist (`meta.view: "evidence"`): every document the plan asks for, grouped
 * by the reason it is needed, each with its upload controls. The ids of the file inputs are
 * `fieldId('/<step>/<evidenceId>')`, the path of the engine's `evidence` issue, so the error
 * summary links straight to the document that is missing.
 *
 * @example
 * <EvidenceStep step="nachweise" evidence={plan.evidence} attachments={[]} limits={manifest.uploads} errors={{}} … />
 */
export function EvidenceStep(props: EvidenceStepProps): ReactNode {
  const { step, evidence, attachments, limits, errors, locale, headingLevel, t } = props;
  if (evidence.length === 0) return <p className="kern-body">{t('ui.evidence.none')}</p>;
  // the count is of what is needed; optional attachments do not count
  const needed = evidence.filter((item) => item.optional !== true);
  const done = needed.filter((item) => item.status !== 'missing').length;
  const groupHeading = (headingLevel + 1) as 2 | 3;
  const itemHeading = (headingLevel + 2) as 3 | 4;
  return (
    <div className="ff-evidence">
      <p className="kern-body">{t('ui.evidence.intro')}</p>
      <p className="kern-body kern-body--small">
        {t('ui.upload.limits', { maxFile: formatBytes(limits.maxFileBytes, locale), maxTotal: formatBytes(limits.maxTotalBytes, locale) })}
      </p>
      <p className="kern-body kern-body--bold ff-evidence__count">{t('ui.evidence.count', { done, total: needed.length })}</p>
      {groups(evidence).map((group) => {
        const GroupHeading = `h${groupHeading}` as 'h2' | 'h3';
        return (
          <section className="ff-evidence__group" key={group.key}>
            <GroupHeading className="kern-heading-small ff-evidence__reason">
              {group.person !== undefined
                ? `${t(group.reason)} (${group.person})`
                : group.item === undefined
                  ? t(group.reason)
                  : `${t(group.reason)} (${t('ui.evidence.forItem', { number: group.item + 1 })})`}
            </GroupHeading>
            <ul className="ff-evidence__list">
              {group.items.map((item) => (
                <EvidenceItem
                  key={item.id}
                  evidence={item}
                  inputId={fieldId(joinPointer([step, item.id]))}
                  files={attachments.filter((file) => file.evidenceId === item.id)}
                  accept={limits.accept}
                  error={errors[item.id] ?? ''}
                  locale={locale}
                  headingLevel={itemHeading}
                  t={t}
                  onUpload={props.onUpload}
                  onRemove={props.onRemove}
                  onLater={props.onLater}
                />
              ))}
            </ul>
          </section>
        );
      })}
      <p className="kern-body kern-body--small">{t('ui.evidence.laterNote')}</p>
    </div>
  );
}

interface EvidenceGroup {
  key: string;
  reason: string;
  item: number | undefined;
  /** the Anlage instance's person, for Nachweise of an Anlage */
  person: string | undefined;
  items: PlannedEvidence[];
}

/** Nachweise of the same rule (and person) together, in plan order. */
function groups(evidence: readonly PlannedEvidence[]): EvidenceGroup[] {
  const byKey = new Map<string, EvidenceGroup>();
  for (const item of evidence) {
    const key = `${item.anlage ?? ''}:${item.key ?? ''}:${item.rule}:${item.item ?? ''}`;
    const group = byKey.get(key) ?? { key, reason: item.reason, item: item.anlage === undefined ? item.item : undefined, person: item.person, items: [] };
    group.items.push(item);
    byKey.set(key, group);
  }
  return [...byKey.values()];
}
