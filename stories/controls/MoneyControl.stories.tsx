import type { Meta, StoryObj } from '@storybook/react-vite';
import { ControlStory } from '../support/ControlStory';
import { controlFor, controlStates, stepWith } from '../support/controlStories';

/** An amount in euros (`format: money`): typed `1.234,50`, stored as 1234.5. */
const meta = {
  title: 'Controls/MoneyControl',
  component: ControlStory,
  parameters: { label: 'Grundmiete' },
} satisfies Meta<typeof ControlStory>;
export default meta;

type Story = StoryObj<typeof meta>;

const states = controlStates({
  schema: stepWith({ grundmiete: { type: 'number', minimum: 0 } }, ['grundmiete']),
  uischema: controlFor('grundmiete', { format: 'money' }),
  messages: { 's.grundmiete.label': 'Grundmiete', 's.grundmiete.hint': 'Die Miete ohne Nebenkosten und Heizung, im Monat.' },
  value: { s: { grundmiete: 1234.5 } },
  error: { '/s/grundmiete': 'Die Zahl ist zu klein. Sie muss mindestens 0 sein.' },
});

export const Empty: Story = { args: states.empty };
export const Filled: Story = { args: states.filled };
export const WithError: Story = { args: states.error };
export const Disabled: Story = { args: states.disabled };
