import type { Meta, StoryObj } from '@storybook/react-vite';
import { ControlStory } from '../support/ControlStory';
import { controlFor, controlStates, stepWith } from '../support/controlStories';

/** A whole number typed as text with the digit keyboard. */
const meta = {
  title: 'Controls/NumberControl',
  component: ControlStory,
  parameters: { label: 'Wie viele Personen leben in Ihrem Haushalt?' },
} satisfies Meta<typeof ControlStory>;
export default meta;

type Story = StoryObj<typeof meta>;

const states = controlStates({
  schema: stepWith({ anzahl: { type: 'integer', minimum: 1 } }, ['anzahl']),
  uischema: controlFor('anzahl'),
  messages: { 's.anzahl.label': 'Wie viele Personen leben in Ihrem Haushalt?' },
  value: { s: { anzahl: 3 } },
  error: { '/s/anzahl': 'Die Zahl ist zu klein. Sie muss mindestens 1 sein.' },
});

export const Empty: Story = { args: states.empty };
export const Filled: Story = { args: states.filled };
export const WithError: Story = { args: states.error };
export const Disabled: Story = { args: states.disabled };
