import type { Meta, StoryObj } from '@storybook/react-vite';
import { ControlStory } from '../support/ControlStory';
import { controlFor, controlStates, stepWith } from '../support/controlStories';

/** A yes/no question as two radios (boolean). */
const meta = {
  title: 'Controls/YesNoControl',
  component: ControlStory,
  parameters: { label: 'Zahlen Sie in der neuen Wohnung Miete?' },
} satisfies Meta<typeof ControlStory>;
export default meta;

type Story = StoryObj<typeof meta>;

const states = controlStates({
  schema: stepWith({ neueMiete: { type: 'boolean' } }, ['neueMiete']),
  uischema: controlFor('neueMiete'),
  messages: { 's.neueMiete.label': 'Zahlen Sie in der neuen Wohnung Miete?' },
  value: { s: { neueMiete: true } },
  error: { '/s/neueMiete': 'Bitte beantworten Sie diese Frage.' },
});

export const Empty: Story = { args: states.empty };
export const Filled: Story = { args: states.filled };
export const WithError: Story = { args: states.error };
export const Disabled: Story = { args: states.disabled };
