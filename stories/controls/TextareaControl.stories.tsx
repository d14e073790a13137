import type { Meta, StoryObj } from '@storybook/react-vite';
import { ControlStory } from '../support/ControlStory';
import { controlFor, controlStates, stepWith } from '../support/controlStories';

/** A multi-line text answer (`format: textarea`). */
const meta = {
  title: 'Controls/TextareaControl',
  component: ControlStory,
  parameters: { label: 'Was hat sich geändert?' },
} satisfies Meta<typeof ControlStory>;
export default meta;

type Story = StoryObj<typeof meta>;

const states = controlStates({
  schema: stepWith({ text: { type: 'string', maxLength: 2000 } }, ['text']),
  uischema: controlFor('text', { format: 'textarea' }),
  messages: { 's.text.label': 'Was hat sich geändert?', 's.text.hint': 'Beschreiben Sie die Änderung in eigenen Worten.' },
  value: { s: { text: 'Meine Tochter hat eine Ausbildung begonnen.\nSie bekommt 800 Euro im Monat.' } },
  error: { '/s/text': 'Die Angabe ist zu lang. Erlaubt sind höchstens 2000 Zeichen.' },
});

export const Empty: Story = { args: states.empty };
export const Filled: Story = { args: states.filled };
export const WithError: Story = { args: states.error };
export const Disabled: Story = { args: states.disabled };
