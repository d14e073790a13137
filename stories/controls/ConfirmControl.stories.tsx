import type { Meta, StoryObj } from '@storybook/react-vite';
import { ControlStory } from '../support/ControlStory';
import { controlFor, controlStates, stepWith } from '../support/controlStories';

/** A statement confirmed with one checkbox (`const: true`), as in the declaration. */
const meta = {
  title: 'Controls/ConfirmControl',
  component: ControlStory,
  parameters: { label: 'Ich versichere, dass meine Angaben richtig und vollständig sind.' },
} satisfies Meta<typeof ControlStory>;
export default meta;

type Story = StoryObj<typeof meta>;

const states = controlStates({
  schema: stepWith({ wahrheit: { type: 'boolean', const: true } }, ['wahrheit']),
  uischema: controlFor('wahrheit'),
  messages: { 's.wahrheit.label': 'Ich versichere, dass meine Angaben richtig und vollständig sind.' },
  value: { s: { wahrheit: true } },
  error: { '/s/wahrheit': 'Bitte bestätigen Sie die Erklärung.' },
});

export const Empty: Story = { args: states.empty };
export const Filled: Story = { args: states.filled };
export const WithError: Story = { args: states.error };
export const Disabled: Story = { args: states.disabled };
