import type { ReactNode } from 'react';
import type { PlannedAnlage, PlannedEvidence } from '../../engine/plan/types';
import type { SummarySection } from '../../engine/summary/types';
import type { Translate } from '../i18n/useT';
import { AnlagenOverview } from './AnlagenOverview';
import { type SummaryNode, summaryTree } from './summaryTree';

export interface SummaryStepProps {
  sections: readonly SummarySection[];
  anlagen: readonly PlannedAnlage[];
  /** whether the Anlagen are filled within this form (it has an Anlagen step) */
  anlagenFilled: boolean;
  evidence: readonly PlannedEvidence[];
  /** the evidence step, for its "Ändern" button; undefined when the path has none */
  evidenceStep: string | undefined;
  headingLevel: 1 | 2;
  /** whether the step has an intro of its own (`steps.<step>.intro`); else `ui.summary.intro` is shown */
  hasIntro: boolean;
  t: Translate;
  onChange: (step: string) => void;
}

/**
 * Check your answers: every step of the path with its answers (from `summarize`, the same model
 * the PDF prints), each with an "Ändern" button that goes back to the step; then the Anlagen
 * still to fill in and the Nachweise with their status.
 *
 * @example
 * <SummaryStep sections={summarize(definition, plan, 'de')} anlagen={plan.anlagen} evidence={plan.evidence} evidenceStep="nachweise" … />
 */
export function SummaryStep(props: SummaryStepProps): ReactNode {
  const { sections, anlagen, evidence, evidenceStep, headingLevel, hasIntro, t, onChange } = props;
  const Heading = `h${headingLevel + 1}` as 'h2' | 'h3';
  const forItem = (item: number | undefined, key: string): string => (item === undefined ? '' : ` (${t(key, { number: item + 1 })})`);
  return (
    <div className="ff-summary">
      {hasIntro ? null : <p className="kern-body">{t('ui.summary.intro')}</p>}
      {sections.map((section) => (
        <section className="ff-summary__section" key={section.step}>
          <div className="ff-summary__header">
            <Heading className="kern-heading-small">{section.title}</Heading>
            <ChangeButton label={t('ui.change')} name={t('ui.summary.changeStep', { step: section.title })} onClick={() => onChange(section.step)} />
          </div>
          {section.rows.length === 0 ? (
            <p className="kern-body kern-body--muted">{t('ui.summary.empty')}</p>
          ) : (
            <SummaryList nodes={summaryTree(section.rows)} />
          )}
        </section>
      ))}
      <section className="ff-summary__section">
        <Heading className="kern-heading-small">{t('ui.summary.anlagen')}</Heading>
        {/* Anlagen filled within this form are already in the sections above; others come later */}
        {anlagen.length > 0 && !props.anlagenFilled ? <p className="kern-body">{t('ui.anlagen.intro')}</p> : null}
        <AnlagenOverview anlagen={anlagen} headingLevel={headingLevel === 1 ? 3 : 4} t={t} />
      </section>
      {evidence.length === 0 ? null : (
        <section className="ff-summary__section">
          <div className="ff-summary__header">
            <Heading className="kern-heading-small">{t('ui.summary.evidence')}</Heading>
            {evidenceStep === undefined ? null : (
              <ChangeButton
                label={t('ui.change')}
                name={t('ui.summary.changeStep', { step: t('ui.summary.evidence') })}
                onClick={() => onChange(evidenceStep)}
              />
            )}
          </div>
          <dl className="kern-description-list ff-summary__list">
            {evidence.map((item) => (
              <div className="kern-description-list-item" key={item.id}>
                <dt className="kern-description-list-item__key">
                  {t(`document.${item.document}`)}
                  {item.person !== undefined ? ` (${item.person})` : item.anlage !== undefined ? '' : forItem(item.item, 'ui.evidence.forItem')}
                </dt>
                <dd className="kern-description-list-item__value">{t(`ui.evidence.status.${item.status}`)}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </div>
  );
}

function ChangeButton({ label, name, onClick }: { label: string; name: string; onClick: () => void }): ReactNode {
  // the accessible name says which step ("Umzug ändern") and still contains the visible word
  return (
    <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small ff-summary__change" aria-label={name} onClick={onClick}>
      <span className="kern-icon kern-icon--edit" aria-hidden="true" />
      <span className="kern-label">{label}</span>
    </button>
  );
}

function SummaryList({ nodes }: { nodes: readonly SummaryNode[] }): ReactNode {
  return (
    <dl className="kern-description-list ff-summary__list">
      {nodes.map((node) => (
        <div className="kern-description-list-item" key={node.row.path + node.row.label}>
          <dt className="kern-description-list-item__key">{node.row.label}</dt>
          <dd className="kern-description-list-item__value">
            {node.children.length > 0 ? <SummaryList nodes={node.children} /> : node.row.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
