import type { Meta, StoryObj } from '@storybook/react-vite';
import { ControlStory } from '../support/ControlStory';
import { controlFor, controlStates, stepWith } from '../support/controlStories';

/** A one-line text answer (first name, with hint, help and autocomplete). */
const meta = {
  title: 'Controls/TextControl',
  component: ControlStory,
  parameters: { label: 'Vorname' },
} satisfies Meta<typeof ControlStory>;
export default meta;

type Story = StoryObj<typeof meta>;

const states = controlStates({
  schema: stepWith({ vorname: { type: 'string', maxLength: 100 } }, ['vorname']),
  uischema: controlFor('vorname'),
  messages: { 's.vorname.label': 'Vorname', 's.vorname.hint': 'Wie in Ihrem Ausweis', 's.vorname.help': 'Geben Sie alle Vornamen an, durch Leerzeichen getrennt.' },
  value: { s: { vorname: 'Erika' } },
  error: { '/s/vorname': 'Bitte beantworten Sie diese Frage.' },
});

export const Empty: Story = { args: states.empty };
export const Filled: Story = { args: states.filled };
export const WithError: Story = { args: states.error };
export const Disabled: Story = { args: states.disabled };
