import type { ReactNode } from 'react';
import { anlagenByPerson } from '../../engine/plan/anlagenByPerson';
import type { PlannedAnlage } from '../../engine/plan/types';
import type { Translate } from '../i18n/useT';

export interface AnlagenOverviewProps {
  anlagen: readonly PlannedAnlage[];
  /** heading level of each person's (or the household's) heading */
  headingLevel: 2 | 3 | 4;
  t: Translate;
}

/**
 * The Anlagen plan as the citizen reads it: per person ("Ben Wolf, 9 Jahre") and then for the
 * household, each Anlage by name with every reason in plain language. Shown on the Anlagen step
 * before the Anlagen are filled and on the summary.
 *
 * @example
 * <AnlagenOverview anlagen={plan.anlagen} headingLevel={3} t={t} />
 */
export function AnlagenOverview({ anlagen, headingLevel, t }: AnlagenOverviewProps): ReactNode {
  if (anlagen.length === 0) return <p className="kern-body">{t('ui.anlagen.none')}</p>;
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  return (
    <div className="ff-anlagen">
      {anlagenByPerson(anlagen).map((group) => (
        <section className="ff-anlagen__group" key={group.key}>
          <Heading className="kern-heading-small">{groupTitle(group, t)}</Heading>
          <ul className="kern-list ff-anlagen__list">
            {group.anlagen.map((entry) => (
              <li key={entry.anlage}>
                <span className="kern-body--bold">{t(`anlage.${entry.anlage}`)}</span>
                {entry.reasons.map((reason) => (
                  <span className="kern-body--small ff-anlagen__reason" key={reason}>
                    {t(reason)}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function groupTitle(group: ReturnType<typeof anlagenByPerson>[number], t: Translate): string {
  if (group.person !== undefined) {
    return group.alter === undefined ? group.person : t('ui.anlagen.personAge', { name: group.person, alter: group.alter });
  }
  if (group.item !== undefined) return t('ui.anlagen.forItem', { number: group.item + 1 });
  return t('ui.anlagen.household');
}
