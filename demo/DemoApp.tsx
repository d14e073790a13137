import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { formIds, forms } from 'virtual:formflow/forms';
import type { FormDefinition } from '../engine/definition/types';
import { FormFlow } from '../renderer/FormFlow';
import { demoContext } from './demoContexts';
import { demoIdentity } from './demoIdentity';
import { demoRoute } from './demoRoute';
import { demoSubmit } from './demoSubmissions';

type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; message: string };

/**
 * The demo portal: the list of forms, or one form filled in with FormFlow (`?form=<id>`), with
 * drafts in localStorage and submissions kept in memory.
 *
 * @example
 * createRoot(container).render(<DemoApp />);
 */
export function DemoApp(): ReactNode {
  const route = demoRoute(window.location.search);
  return (
    <div className="demo">
      <header className="demo__header">
        <a className="kern-link demo__brand" href="./">
          formflow
        </a>
        <span className="kern-body kern-body--small demo__tagline">Demo-Portal · Demo portal</span>
      </header>
      <main className="demo__main" id="inhalt">
        {route.form === undefined ? <FormList /> : <FormPage id={route.form} locale={route.locale} today={route.today} />}
      </main>
    </div>
  );
}

function FormList(): ReactNode {
  const definitions = useLoaded(() => Promise.all(formIds.map((id) => load(id))), []);
  return (
    <div className="demo__list">
      <h1 className="kern-heading-large">Formulare</h1>
      <p className="kern-body">Wählen Sie ein Formular. Ihre Angaben bleiben auf diesem Gerät, bis Sie sie absenden.</p>
      {definitions.status === 'loading' ? <p className="kern-body">Wird geladen …</p> : null}
      {definitions.status === 'failed' ? <p className="kern-error">{definitions.message}</p> : null}
      {definitions.status === 'ready' ? (
        <>
          <h2 className="kern-heading-medium">Anträge, Mitteilungen und Dienste</h2>
          <FormCards definitions={definitions.value.filter((definition) => definition.manifest.kind !== 'anlage')} />
          <h2 className="kern-heading-medium">Anlagen einzeln</h2>
          <p className="kern-body">
            Im Hauptantrag füllen Sie die Anlagen für jede Person mit aus. Hier können Sie eine Anlage auch allein öffnen, zum Beispiel
            die Einkommensbescheinigung für Ihren Arbeitgeber.
          </p>
          <FormCards definitions={definitions.value.filter((definition) => definition.manifest.kind === 'anlage')} />
        </>
      ) : null}
    </div>
  );
}

function FormCards({ definitions }: { definitions: readonly FormDefinition[] }): ReactNode {
  return (
    <ul className="demo__forms">
      {definitions.map((definition) => (
        <li className="kern-card demo__form" key={definition.manifest.id}>
          <h3 className="kern-heading-small">
            <a className="kern-link" href={`?form=${encodeURIComponent(definition.manifest.id)}`}>
              {definition.messages['de']?.['form.title'] ?? definition.manifest.id}
            </a>
          </h3>
          <p className="kern-body">{definition.messages['de']?.['form.description'] ?? ''}</p>
          <p className="kern-body kern-body--small kern-body--muted">{definition.manifest.edition}</p>
        </li>
      ))}
    </ul>
  );
}

function FormPage({ id, locale, today }: { id: string; locale: string | undefined; today: string | undefined }): ReactNode {
  const definition = useLoaded(() => load(id), [id]);
  // read once per form: what the portal knows (a jobcenter's configuration, an earlier submission)
  const context = useMemo(() => contextProp(id), [id]);
  const supported = definition.status === 'ready' && locale !== undefined && definition.value.manifest.locales.includes(locale) ? locale : 'de';
  // the page's language follows the form's from the start, not only after a switch: screen
  // readers read the whole page in it, and the test identity dialog speaks it
  useEffect(() => {
    document.documentElement.lang = supported;
  }, [supported]);
  if (definition.status === 'loading') return <p className="kern-body">Wird geladen …</p>;
  if (definition.status === 'failed') {
    return (
      <div className="kern-alert kern-alert--danger" role="alert">
        <div className="kern-alert__body">
          <p className="kern-body">{definition.message}</p>
          <a className="kern-link" href="./">
            Zur Übersicht
          </a>
        </div>
      </div>
    );
  }
  return (
    <FormFlow
      definition={definition.value}
      locale={supported}
      {...(today === undefined ? {} : { today })}
      draftKey={`formflow.demo.${id}`}
      adapters={{ identity: demoIdentity }}
      {...context}
      onSubmit={demoSubmit}
      onLocaleChange={(next) => {
        document.documentElement.lang = next;
        const url = new URL(window.location.href);
        url.searchParams.set('lang', next);
        window.history.replaceState(null, '', url);
      }}
    />
  );
}

function load(id: string): Promise<FormDefinition> {
  const loader = Object.prototype.hasOwnProperty.call(forms, id) ? forms[id] : undefined;
  if (loader === undefined) return Promise.reject(new Error(`Das Formular „${id}“ gibt es nicht. Bekannt: ${formIds.join(', ')}`));
  return loader();
}

function useLoaded<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (value) => live && setState({ status: 'ready', value }),
      (error: unknown) => live && setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
    // the loader is recreated each render; what to load is said by deps
  }, deps);
  return state;
}

/** The context the demo portal hands a form, as a prop (none for forms that read none). */
function contextProp(id: string): { context?: Record<string, unknown> } {
  const context = demoContext(id);
  return context === undefined ? {} : { context };
}
