// @vitest-environment jsdom
import { composeStories, composeStory, setProjectAnnotations } from '@storybook/react';
import { cleanup, render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FormDefinition } from '../../engine/definition/types';
import preview from '../../.storybook/preview';

// The stories load forms from the formflow Vite plugin's virtual module, which jsdom tests
// cannot resolve; here the same definitions come from loadForm (validators compiled by ajv).
vi.mock('../../stories/support/loadFormDefinition', async () => {
  const { loadForm } = await import('../../engine/definition/loadForm');
  const loaded = new Map<string, FormDefinition>();
  return {
    loadFormDefinition: async (id: string) => {
      const definition = loaded.get(id) ?? loadForm('forms', id);
      loaded.set(id, definition);
      return definition;
    },
  };
});

setProjectAnnotations(preview);

type StoryModule = Parameters<typeof composeStories>[0];
type ComposedStory = ReturnType<typeof composeStory>;
const modules = import.meta.glob<StoryModule>('../../stories/**/*.stories.tsx', { eager: true });

const consoleErrors: unknown[][] = [];
beforeAll(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
  });
});
afterAll(() => {
  vi.restoreAllMocks();
});
afterEach(() => {
  cleanup();
  consoleErrors.length = 0;
});

describe.each(Object.entries(modules))('%s', (_file, module) => {
  // composeStories types each story by the module's exports; a glob import only knows the shape
  const stories = Object.entries(composeStories(module)) as [string, ComposedStory][];
  it.each(stories)('%s renders its label (and a form story its step) without errors', async (_name, Story) => {
    const label = Story.parameters['label'] as unknown;
    expect(typeof label).toBe('string');
    await Story.load();
    render(<Story />);
    const found = await screen.findAllByText(label as string, { exact: false });
    expect(found.length).toBeGreaterThan(0);
    // a form story must also have started on its step
    const heading = Story.parameters['heading'] as string | undefined;
    if (heading !== undefined) expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(heading);
    expect(consoleErrors).toEqual([]);
  });
});
