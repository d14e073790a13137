import { createElement } from 'react';
import { type Root, createRoot } from 'react-dom/client';
import type { FormDefinition } from '../../engine/definition/types';
import type { SessionAdapters } from '../../engine/session/types';
import type { SubmissionPackage } from '../../engine/submission/types';
import { FormFlow } from '../FormFlow';

export interface FormFlowElementOptions {
  /** loads a form by the id in the `form` attribute (e.g. from `virtual:formflow/forms`) */
  loadDefinition: (formId: string) => Promise<FormDefinition>;
  /** the element's name; default `form-flow` */
  tagName?: string;
  /** session adapters for every element on the page */
  adapters?: Partial<SessionAdapters>;
}

/** Fired on the element after a submission: `detail` is the package. */
export const FORMFLOW_SUBMIT_EVENT = 'formflow-submit';
/** Fired on the element when the `form` attribute names a form that cannot be loaded. */
export const FORMFLOW_ERROR_EVENT = 'formflow-error';

/**
 * Registers `<form-flow form="vaem" locale="de">` for portals without React: the element loads
 * the definition with the host's loader and renders FormFlow into itself (light DOM, so the
 * page's KERN stylesheet applies). Attributes: `form` (required), `locale`, `today`,
 * `draft-key` (turns drafts on), `heading-level` (1 or 2). Without a submit adapter the
 * package is handed to the page as a `formflow-submit` event. Registering twice returns the
 * class already registered.
 *
 * @example
 * import { forms } from 'virtual:formflow/forms';
 * defineFormFlowElement({ loadDefinition: (id) => forms[id]!() });
 * // <form-flow form="vaem" locale="de" draft-key="vaem"></form-flow>
 */
export function defineFormFlowElement(options: FormFlowElementOptions): CustomElementConstructor {
  const tagName = options.tagName ?? 'form-flow';
  const existing = customElements.get(tagName);
  if (existing !== undefined) return existing;

  class FormFlowElement extends HTMLElement {
    static observedAttributes = ['form', 'locale', 'today', 'draft-key', 'heading-level'];
    #root: Root | undefined;
    #definition: FormDefinition | undefined;
    #loading: string | undefined;
    #context: Record<string, unknown> | undefined;

    /** what the host provides, read by the form as `/$context/…` (set before the form starts) */
    get context(): Record<string, unknown> | undefined {
      return this.#context;
    }

    set context(value: Record<string, unknown> | undefined) {
      this.#context = value;
      this.#render();
    }

    connectedCallback(): void {
      this.#root ??= createRoot(this);
      void this.#load();
    }

    disconnectedCallback(): void {
      this.#root?.unmount();
      this.#root = undefined;
    }

    attributeChangedCallback(name: string): void {
      if (this.#root === undefined) return;
      if (name === 'form') void this.#load();
      else this.#render();
    }

    async #load(): Promise<void> {
      const formId = this.getAttribute('form');
      if (formId === null || formId === this.#loading) return;
      this.#loading = formId;
      try {
        const definition = await options.loadDefinition(formId);
        if (this.#loading !== formId) return; // the attribute changed meanwhile
        this.#definition = definition;
        this.#render();
      } catch (error) {
        this.dispatchEvent(new CustomEvent(FORMFLOW_ERROR_EVENT, { detail: { formId, error }, bubbles: true }));
      }
    }

    #render(): void {
      const definition = this.#definition;
      if (this.#root === undefined || definition === undefined) return;
      const locale = this.getAttribute('locale');
      const today = this.getAttribute('today');
      const draftKey = this.getAttribute('draft-key');
      const onSubmit = (pkg: SubmissionPackage): void => {
        this.dispatchEvent(new CustomEvent(FORMFLOW_SUBMIT_EVENT, { detail: pkg, bubbles: true }));
      };
      this.#root.render(
        createElement(FormFlow, {
          // a new form starts a new session
          key: definition.manifest.id,
          definition,
          headingLevel: this.getAttribute('heading-level') === '2' ? 2 : 1,
          ...(locale === null ? {} : { locale }),
          ...(today === null ? {} : { today }),
          ...(draftKey === null ? {} : { draftKey }),
          ...(this.#context === undefined ? {} : { context: this.#context }),
          ...(options.adapters === undefined ? {} : { adapters: options.adapters }),
          ...(options.adapters?.submit === undefined ? { onSubmit } : {}),
        }),
      );
    }
  }

  customElements.define(tagName, FormFlowElement);
  return FormFlowElement;
}
