import type { JsonFormsI18nState } from '@jsonforms/core';
import type { ErrorObject } from 'ajv';
import type { ReactNode } from 'react';
import type { FormDefinition } from '../../engine/definition/types';
import { issueMessage } from '../../engine/i18n/issueMessage';
import { type StepView, stepView } from '../../engine/plan/stepView';
import type { Plan } from '../../engine/plan/types';
import type { FormSession } from '../../engine/session/createFormSession';
import { summarize } from '../../engine/summary/summarize';
import { assertNever } from '../../engine/util/assertNever';
import { useTranslation } from 'react-i18next';
import { useT } from '../i18n/useT';
import { useSession } from '../useSession';
import { AnlagenOverview } from './AnlagenOverview';
import { EvidenceStep } from './EvidenceStep';
import type { StepRef } from '../../engine/modules/resolveStep';
import { stepAnswers } from '../../engine/modules/stepAnswers';
import { StepForm } from './StepForm';
import { SummaryStep } from './SummaryStep';

export interface StepBodyProps {
  session: FormSession;
  definition: FormDefinition;
  /** where the current step is defined and answered (an Anlage instance's step resolves to the Anlage) */
  stepRef: StepRef;
  view: StepView | undefined;
  plan: Plan;
  /** the current step's issues as JSON Forms errors */
  errors: ErrorObject[];
  jsonFormsI18n: JsonFormsI18nState;
  headingLevel: 1 | 2;
  onAnswer: (step: string, value: unknown) => void;
  registerFlush: (flush: () => void) => void;
  onGoTo: (step: string) => void;
}

/**
 * The content of the current step by its view: questions (ordinary and declaration steps), the
 * Nachweis checklist, or the check-your-answers summary.
 *
 * @example
 * <StepBody session={session} definition={definition} view={stepView(flow, current)} plan={plan} … />
 */
export function StepBody(props: StepBodyProps): ReactNode {
  const { session, definition, view, plan, headingLevel } = props;
  const t = useT();
  const { i18n } = useTranslation();
  const current = useSession(session, (snapshot) => snapshot.context.current);
  const locale = useSession(session, (snapshot) => snapshot.context.locale);
  switch (view) {
    case undefined:
    case 'declaration':
      return (
        <StepForm
          key={current}
          definition={props.stepRef.definition}
          step={props.stepRef.step}
          value={stepAnswers(session.getSnapshot().context.answers, props.stepRef.at)}
          errors={props.errors}
          i18n={props.jsonFormsI18n}
          // the Anlage's step answers under the form's step id (`EK:p0:arbeit`)
          onAnswer={(_, value) => props.onAnswer(current, value)}
          registerFlush={props.registerFlush}
        />
      );
    case 'evidence': {
      const { attachments, issues } = session.getSnapshot().context;
      const evidenceErrors = Object.fromEntries(
        issues.flatMap((issue) =>
          issue.code === 'evidence' && typeof issue.params['evidenceId'] === 'string'
            ? [[issue.params['evidenceId'], issueMessage(definition, locale, issue)]]
            : [],
        ),
      );
      return (
        <EvidenceStep
          step={current}
          evidence={plan.evidence}
          attachments={attachments}
          limits={definition.manifest.uploads}
          errors={evidenceErrors}
          locale={locale}
          headingLevel={headingLevel}
          t={t}
          onUpload={(evidenceId, file) => session.send({ type: 'UPLOAD', evidenceId, file })}
          onRemove={(attachmentId) => session.send({ type: 'REMOVE_UPLOAD', attachmentId })}
          onLater={(evidenceId, later) => session.send({ type: later ? 'MARK_LATER' : 'UNMARK_LATER', evidenceId })}
        />
      );
    }
    case 'summary':
      return (
        <SummaryStep
          sections={summarize(definition, plan, locale, {
            today: session.getSnapshot().context.env.today,
            ...(session.getSnapshot().context.env.context === undefined ? {} : { context: session.getSnapshot().context.env.context }),
          })}
          anlagen={plan.anlagen}
          anlagenFilled={plan.steps.some((step) => stepView(definition.flow, step.id) === 'anlagen')}
          evidence={plan.evidence}
          evidenceStep={plan.steps.find((step) => stepView(definition.flow, step.id) === 'evidence')?.id}
          headingLevel={headingLevel}
          hasIntro={i18n.exists(`steps.${current}.intro`)}
          t={t}
          onChange={props.onGoTo}
        />
      );
    case 'anlagen':
      return <AnlagenOverview anlagen={plan.anlagen} headingLevel={headingLevel === 1 ? 2 : 3} t={t} />;
    default:
      return assertNever(view);
  }
}
