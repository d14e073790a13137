import { type ReactNode, useEffect, useMemo } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Answers, FormDefinition } from '../engine/definition/types';
import type { FormSessionOptions, SessionAdapters } from '../engine/session/types';
import type { SubmissionPackage } from '../engine/submission/types';
import { FormFlowView } from './FormFlowView';
import { createI18n } from './i18n/createI18n';
import { lazyRenderPdf } from './lazyRenderPdf';
import { useFormSessionActor } from './useFormSessionActor';
import { isoToday } from './util/isoToday';

export interface FormFlowProps {
  definition: FormDefinition;
  /** the language to start in (one of the form's locales); default German */
  locale?: string;
  /** the application date YYYY-MM-DD; default the citizen's today */
  today?: string;
  /** session adapters; `renderPdf` defaults to `lazyRenderPdf` (pdf-lib loaded on submit) */
  adapters?: Partial<SessionAdapters>;
  /** turns drafts on (in localStorage unless `adapters.drafts` is given) under this key */
  draftKey?: string;
  /** transmits the package when `adapters.submit` is not given */
  onSubmit?: (pkg: SubmissionPackage) => Promise<{ reference?: string } | void> | { reference?: string } | void;
  /** told when the citizen switches the language */
  onLocaleChange?: (locale: string) => void;
  /** answers to start with (stories, tests) */
  initialAnswers?: Answers;
  /** the step to start on; must be on the path of `initialAnswers` */
  initialStep?: string;
  /** level of the step heading: 1 when FormFlow is the page's main content, 2 below a host heading */
  headingLevel?: 1 | 2;
  /**
   * read-only data from the host, read by the form as `/$context/…` (its form.json `context`
   * declares the shape): the jobcenter's configuration, an earlier submission
   */
  context?: Record<string, unknown>;
  /** the address of another form of the portal, for a Label with `options.openForm`; default `?form=<id>` */
  formHref?: (formId: string) => string;
  now?: () => Date;
  newId?: () => string;
}

/**
 * A form, ready to fill in: starts a session for the definition and shows its current step —
 * questions through JSON Forms with the project's renderer set, the Nachweis checklist, the
 * check-your-answers page, the confirmation — with progress, error summary, language switch
 * and draft status. Everything it shows comes from the session and the engine; it computes
 * nothing itself.
 *
 * @example
 * <FormFlow definition={vaem} locale="de" draftKey="vaem" onSubmit={(pkg) => send(pkg)} />
 */
export function FormFlow(props: FormFlowProps): ReactNode {
  const { definition, headingLevel = 1 } = props;
  const locale = props.locale ?? 'de';
  // One i18next instance per form, made with the starting language only: later switches go
  // through the session and FormFlowView changes the instance's language, keeping it.
  const i18n = useMemo(() => createI18n(definition, locale), [definition]);
  const options = sessionOptions(props, locale);
  const session = useFormSessionActor(definition, options, {
    ...(props.initialAnswers === undefined ? {} : { initialAnswers: props.initialAnswers }),
    ...(props.initialStep === undefined ? {} : { initialStep: props.initialStep }),
  });

  // a new `locale` prop from the host switches the running session
  useEffect(() => {
    if (session !== undefined && session.getSnapshot().context.locale !== locale) session.send({ type: 'SET_LOCALE', locale });
  }, [session, locale]);

  return (
    <I18nextProvider i18n={i18n}>
      {session === undefined ? (
        <p className="kern-body ff-loading">{i18n.t('ui.loading')}</p>
      ) : (
        <FormFlowView
          session={session}
          definition={definition}
          i18n={i18n}
          headingLevel={headingLevel}
          onLocaleChange={props.onLocaleChange}
          formHref={props.formHref ?? defaultFormHref}
        />
      )}
    </I18nextProvider>
  );
}

function sessionOptions(props: FormFlowProps, locale: string): FormSessionOptions {
  const { adapters = {}, onSubmit } = props;
  const submit =
    adapters.submit ??
    (onSubmit === undefined
      ? undefined
      : async (pkg: SubmissionPackage) => {
          const result = await onSubmit(pkg);
          return result ?? {};
        });
  return {
    today: props.today ?? isoToday(),
    locale,
    adapters: {
      renderPdf: adapters.renderPdf ?? lazyRenderPdf,
      ...(adapters.drafts === undefined ? {} : { drafts: adapters.drafts }),
      ...(adapters.identity === undefined ? {} : { identity: adapters.identity }),
      ...(submit === undefined ? {} : { submit }),
    },
    ...(props.draftKey === undefined ? {} : { draftKey: props.draftKey }),
    ...(props.now === undefined ? {} : { now: props.now }),
    ...(props.newId === undefined ? {} : { newId: props.newId }),
    ...(props.context === undefined ? {} : { context: props.context }),
  };
}

function defaultFormHref(formId: string): string {
  return `?form=${encodeURIComponent(formId)}`;
}
