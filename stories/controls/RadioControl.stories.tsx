import type { Meta, StoryObj } from '@storybook/react-vite';
import { ControlStory } from '../support/ControlStory';
import { controlFor, controlStates, stepWith } from '../support/controlStories';

/** A single choice from a short list as radios. */
const meta = {
  title: 'Controls/RadioControl',
  component: ControlStory,
  parameters: { label: 'Was ist passiert?' },
} satisfies Meta<typeof ControlStory>;
export default meta;

type Story = StoryObj<typeof meta>;

const states = controlStates({
  schema: stepWith({ art: { type: 'string', enum: ['einzug', 'auszug'] } }, ['art']),
  uischema: controlFor('art'),
  messages: { 's.art.label': 'Was ist passiert?', 's.art.options.einzug': 'Jemand ist bei mir eingezogen', 's.art.options.auszug': 'Jemand ist ausgezogen' },
  value: { s: { art: 'auszug' } },
  error: { '/s/art': 'Bitte wählen Sie eine der Möglichkeiten aus.' },
});

export const Empty: Story = { args: states.empty };
export const Filled: Story = { args: states.filled };
export const WithError: Story = { args: states.error };
export const Disabled: Story = { args: states.disabled };
