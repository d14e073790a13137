import type { Meta, StoryObj } from '@storybook/react-vite';
import { ControlStory } from '../support/ControlStory';
import { controlFor, controlStates, stepWith } from '../support/controlStories';

/** A multiple choice as checkboxes (array of enum). */
const meta = {
  title: 'Controls/CheckboxesControl',
  component: ControlStory,
  parameters: { label: 'Was hat sich geändert?' },
} satisfies Meta<typeof ControlStory>;
export default meta;

type Story = StoryObj<typeof meta>;

const states = controlStates({
  schema: stepWith({ aenderungen: { type: 'array', items: { type: 'string', enum: ['umzug', 'arbeit', 'geburt'] }, uniqueItems: true, minItems: 1 } }, ['aenderungen']),
  uischema: controlFor('aenderungen'),
  messages: { 's.aenderungen.label': 'Was hat sich geändert?', 's.aenderungen.options.umzug': 'Ich bin umgezogen', 's.aenderungen.options.arbeit': 'Ich habe eine Arbeit', 's.aenderungen.options.geburt': 'Ein Kind ist geboren' },
  value: { s: { aenderungen: ['umzug', 'geburt'] } },
  error: { '/s/aenderungen': 'Bitte beantworten Sie diese Frage.' },
});

export const Empty: Story = { args: states.empty };
export const Filled: Story = { args: states.filled };
export const WithError: Story = { args: states.error };
export const Disabled: Story = { args: states.disabled };
