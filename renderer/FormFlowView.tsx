import type { i18n as I18n } from 'i18next';
import { type FormEvent, type ReactNode, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FormDefinition } from '../engine/definition/types';
import { issueMessage } from '../engine/i18n/issueMessage';
import { stepView } from '../engine/plan/stepView';
import type { FormSession } from '../engine/session/createFormSession';
import { sessionPlan } from '../engine/session/sessionPlan';
import { FormFlowContext } from './FormFlowContext';
import { jsonFormsI18n } from './i18n/jsonFormsI18n';
import { type Translate, useT } from './i18n/useT';
import { resolveStep } from '../engine/modules/resolveStep';
import { lazyRenderVordruck } from './lazyRenderVordruck';
import { stepScope } from '../engine/modules/stepScope';
import type { PlannedStep } from '../engine/plan/types';
import { Confirmation } from './parts/Confirmation';
import { DraftStatus } from './parts/DraftStatus';
import { ErrorSummary } from './parts/ErrorSummary';
import { errorSummaryItems } from './parts/errorSummaryItems';
import { LanguageSwitch } from './parts/LanguageSwitch';
import { ProgressIndicator } from './parts/ProgressIndicator';
import { StepBody } from './parts/StepBody';
import { StepNavigation } from './parts/StepNavigation';
import { useSession } from './useSession';
import { issuesToErrors } from './util/issuesToErrors';
import { computeValues } from '../engine/computed/computeValues';
import type { Answers } from '../engine/definition/types';

export interface FormFlowViewProps {
  session: FormSession;
  definition: FormDefinition;
  i18n: I18n;
  headingLevel: 1 | 2;
  onLocaleChange?: ((locale: string) => void) | undefined;
  /** the address of another form of the portal (Label `options.openForm`) */
  formHref?: (formId: string) => string;
}

/**
 * What FormFlow shows for a running session: header (form title, language), draft notice,
 * progress, error summary, the current step and the buttons; the confirmation once submitted.
 * Moves focus like a page change would: to the new step's heading after NEXT/BACK/GO_TO, to
 * the error summary when NEXT or SUBMIT found problems.
 *
 * @example
 * <FormFlowView session={session} definition={definition} i18n={i18n} headingLevel={1} />
 */
export function FormFlowView({ session, definition, i18n, headingLevel, onLocaleChange, formHref }: FormFlowViewProps): ReactNode {
  const snapshot = useSession(session);
  const t = useT();
  const { context } = snapshot;
  const { current, issues, locale, attachments, evidenceMarks } = context;
  // a step of an Anlage instance (`EK:p0:arbeit`) is shown with the Anlage's definition and texts
  const ref = useMemo(() => resolveStep(definition, current), [definition, current]);
  const prefix = ref.instance === undefined ? '' : `${ref.instance.anlage}:`;
  const view = stepView(ref.definition.flow, ref.step);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const focusHeading = useRef(false);
  const [errorFocus, setErrorFocus] = useState(0);
  const flush = useRef<() => void>(() => undefined);

  // the citizen's switch changes the language at once (changeLocale); this follows other changes
  useEffect(() => {
    if (i18n.language !== locale) void i18n.changeLanguage(locale);
  }, [i18n, locale]);

  // Derived once per step and per upload change, not per keystroke: progress and the back
  // button follow the path as it was when the step was entered (updated on NEXT).
  const formPlan = useMemo(() => sessionPlan(session.getSnapshot()), [session, current, attachments, evidenceMarks, snapshot.value]);
  const flowContext = useMemo(() => {
    // an Anlage step reads its instance's answers and context; the form's own steps what the host gave
    const scope = stepScope(ref, session.getSnapshot().context.answers, formPlan, context.env.context);
    return {
      ...scope,
      today: context.env.today,
      // showWhen and Label params may read computed values (`/$computed/frist/late`) of what is typed now
      compute: (live: Answers) => computeValues(ref.definition.manifest, live, context.env.today),
      ...(formHref === undefined ? {} : { formHref }),
      ...(ref.definition.manifest.vordruck === undefined ? {} : { vordruck: vordruckOf(ref.definition, scope.context?.['person']) }),
    };
  }, [session, current, context.env.today, snapshot.value, ref, formPlan]);
  const jfI18n = useMemo(() => jsonFormsI18n(i18n, prefix), [i18n, locale, prefix]);
  const errors = useMemo(() => issuesToErrors(issues, (issue) => issueMessage(ref.definition, locale, issue)), [issues, ref, locale]);
  const summaryItems = useMemo(() => errorSummaryItems(ref.definition, i18n, issues, prefix), [ref, i18n, issues, locale, prefix]);
  const planned = formPlan.steps.find((step) => step.id === current);

  useEffect(() => {
    if (focusHeading.current) {
      focusHeading.current = false;
      heading.current?.focus();
    }
  }, [current]);

  // Sends a navigation event and decides where focus goes: the session answers synchronously.
  const navigate = useCallback(
    (event: { type: 'NEXT' } | { type: 'BACK' } | { type: 'GO_TO'; step: string } | { type: 'SUBMIT' }) => {
      flush.current();
      const before = session.getSnapshot().context.current;
      session.send(event);
      const after = session.getSnapshot().context;
      if (after.issues.length > 0) setErrorFocus((count) => count + 1);
      else if (after.current !== before) focusHeading.current = true;
    },
    [session],
  );
  const onAnswer = useCallback((step: string, value: unknown) => session.send({ type: 'ANSWER', step, value }), [session]);
  const registerFlush = useCallback((next: () => void) => {
    flush.current = next;
  }, []);
  const changeLocale = (next: string): void => {
    void i18n.changeLanguage(next);
    session.send({ type: 'SET_LOCALE', locale: next });
    onLocaleChange?.(next);
  };

  const Heading = `h${headingLevel}` as 'h1' | 'h2';
  const state = snapshot.value;
  const busy = state === 'starting' || state === 'loading';
  const position = formPlan.steps.findIndex((step) => step.id === current) + 1;

  return (
    <div className="ff-flow" lang={locale}>
      <div className="ff-flow__bar">
        <p className="kern-preline ff-flow__form-title">{t('form.title')}</p>
        <LanguageSwitch locales={definition.manifest.locales} locale={locale} onChange={changeLocale} t={t} />
      </div>
      <DraftStatus loaded={context.draft.loaded} save={context.draft.save} locale={locale} t={t} />
      {busy ? (
        <p className="kern-body ff-loading">{t('ui.loading')}</p>
      ) : state === 'submitted' && context.submission?.package !== undefined ? (
        <Confirmation
          pkg={context.submission.package}
          reference={context.submission.reference ?? context.submission.submissionId}
          anlagen={formPlan.anlagen}
          evidenceLater={formPlan.evidence.some((item) => item.status === 'later')}
          headingLevel={headingLevel}
          t={t}
        />
      ) : (
        <FormFlowContext.Provider value={flowContext}>
          <ProgressIndicator current={position} total={formPlan.steps.length} t={t} />
          <ErrorSummary
            title={t('ui.errorSummary.title')}
            intro={t('ui.errorSummary.intro')}
            items={summaryItems}
            focusKey={errorFocus}
            headingLevel={headingLevel === 1 ? 2 : 3}
          />
          <form
            className="ff-step"
            noValidate
            aria-labelledby={headingId}
            onSubmit={(event: FormEvent) => {
              event.preventDefault();
              navigate({ type: view === 'summary' ? 'SUBMIT' : 'NEXT' });
            }}
          >
            <Heading className="kern-heading-large ff-step__heading" id={headingId} tabIndex={-1} ref={heading}>
              {planned?.instance === undefined ? null : (
                <>
                  <span className="kern-preline ff-step__anlage">{instanceLine(planned.instance, t)}</span>{' '}
                </>
              )}
              {t(planned?.title ?? `steps.${current}.title`)}
            </Heading>
            <StepIntro
              text={i18n.exists(`${prefix}steps.${ref.step}.intro`) ? t(`${prefix}steps.${ref.step}.intro`) : undefined}
              declaration={view === 'declaration'}
            />
            <StepBody
              session={session}
              definition={definition}
              stepRef={ref}
              view={view}
              plan={formPlan}
              errors={errors}
              jsonFormsI18n={jfI18n}
              headingLevel={headingLevel}
              onAnswer={onAnswer}
              registerFlush={registerFlush}
              onGoTo={(step) => navigate({ type: 'GO_TO', step })}
            />
            <StepNavigation
              back={formPlan.back === undefined ? undefined : () => navigate({ type: 'BACK' })}
              primary={view === 'summary' ? 'submit' : 'next'}
              state={typeof state === 'string' ? state : ''}
              error={context.error}
              canConfirmIdentity={context.env.adapters.identity !== undefined}
              onConfirmIdentity={() => session.send({ type: 'CONFIRM_IDENTITY' })}
              t={t}
            />
          </form>
        </FormFlowContext.Provider>
      )}
    </div>
  );
}

/** The blank copy of an Anlage to print, with the person it is about when known. */
function vordruckOf(definition: FormDefinition, person: unknown): { make: () => Promise<Uint8Array>; fileName: string } {
  const known = typeof person === 'object' && person !== null ? (person as { vorname?: string; nachname?: string; geburtsdatum?: string }) : undefined;
  return {
    make: () => lazyRenderVordruck({ definition, ...(known === undefined ? {} : { person: known }) }),
    fileName: `${definition.manifest.id}-vordruck.pdf`,
  };
}

/** "Anlage EK: Einkommen – für Anna Wolf": which Anlage and whose, above an instance step's title. */
function instanceLine(instance: NonNullable<PlannedStep['instance']>, t: Translate): string {
  const anlage = t(`anlage.${instance.anlage}`);
  return instance.person === undefined ? anlage : t('ui.anlagen.forPerson', { anlage, person: instance.person });
}

/** The step's intro; paragraphs split at blank lines, and for a declaration set off as its full text. */
function StepIntro({ text, declaration }: { text: string | undefined; declaration: boolean }): ReactNode {
  if (text === undefined) return null;
  const paragraphs = text.split(/\n\s*\n/).map((paragraph, index) => (
    <p className="kern-body" key={index}>
      {paragraph}
    </p>
  ));
  return <div className={declaration ? 'ff-step__intro ff-declaration' : 'ff-step__intro'}>{paragraphs}</div>;
}
