// @vitest-environment jsdom
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defineFormFlowElement } from '../../../renderer/element/defineFormFlowElement';
import { fixtureDefinition } from '../support/fixtureDefinition';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('defineFormFlowElement', () => {
  it('renders the form named in the form attribute, in the language of the locale attribute', async () => {
    const requested: string[] = [];
    defineFormFlowElement({
      tagName: 'test-form-flow',
      loadDefinition: async (id) => {
        requested.push(id);
        return fixtureDefinition();
      },
      adapters: { renderPdf: async () => new Uint8Array() },
    });
    const element = document.createElement('test-form-flow');
    element.setAttribute('form', 'test');
    element.setAttribute('locale', 'en');
    element.setAttribute('today', '2026-03-10');
    await act(async () => {
      document.body.append(element);
    });
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('About you'));
    expect(requested).toEqual(['test']);
    expect(element.querySelector('.ff-flow')).not.toBeNull();
  });

  it('returns the registered class when called twice for the same tag', () => {
    const options = { tagName: 'test-form-flow-twice', loadDefinition: async () => fixtureDefinition() };
    expect(defineFormFlowElement(options)).toBe(defineFormFlowElement(options));
  });

  it('reports a form that cannot be loaded with a formflow-error event', async () => {
    defineFormFlowElement({ tagName: 'test-form-flow-missing', loadDefinition: async (id) => Promise.reject(new Error(`no form ${id}`)) });
    const element = document.createElement('test-form-flow-missing');
    element.setAttribute('form', 'nope');
    const failed = new Promise<unknown>((resolve) => element.addEventListener('formflow-error', (event) => resolve((event as CustomEvent).detail)));
    await act(async () => {
      document.body.append(element);
    });
    expect(await failed).toEqual({ formId: 'nope', error: new Error('no form nope') });
  });
});
