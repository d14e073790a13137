import { type MouseEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { focusField } from '../util/focusField';

export interface ErrorSummaryItem {
  /** DOM id of the field the link leads to */
  targetId: string;
  text: string;
}

export interface ErrorSummaryProps {
  title: string;
  intro?: string;
  items: readonly ErrorSummaryItem[];
  /** changes each time the summary should take focus again (every failed NEXT) */
  focusKey: number;
  headingLevel: 2 | 3;
}

/**
 * The error summary (govuk-frontend pattern): an alert region at the top of the step that takes
 * focus after a failed NEXT, so screen reader and keyboard users land on it; each link focuses
 * its field and scrolls the field's question into view.
 *
 * @example
 * <ErrorSummary title="Bitte prüfen Sie Ihre Angaben" items={[{ targetId: 'ff-umzug-datum', text: 'Datum: Bitte …' }]} focusKey={1} headingLevel={2} />
 */
export function ErrorSummary({ title, intro, items, focusKey, headingLevel }: ErrorSummaryProps): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const hasItems = items.length > 0;
  // Focus on each failed attempt (focusKey), not whenever the items change while typing.
  useEffect(() => {
    if (hasItems) ref.current?.focus();
  }, [focusKey, hasItems]);
  if (items.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const follow = (event: MouseEvent<HTMLAnchorElement>, targetId: string): void => {
    const root = event.currentTarget.getRootNode();
    if (root instanceof Document || root instanceof ShadowRoot) {
      if (focusField(root, targetId)) event.preventDefault();
    }
  };
  return (
    <div className="kern-alert kern-alert--danger ff-error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={titleId}>
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <Heading className="kern-title" id={titleId}>
          {title}
        </Heading>
      </div>
      <div className="kern-alert__body">
        {intro === undefined ? null : <p className="kern-body">{intro}</p>}
        <ul className="kern-list ff-error-summary__list">
          {items.map((item) => (
            <li key={item.targetId + item.text}>
              <a className="kern-link" href={`#${item.targetId}`} onClick={(event) => follow(event, item.targetId)}>
                {item.text}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
