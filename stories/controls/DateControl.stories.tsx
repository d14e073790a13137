import type { Meta, StoryObj } from '@storybook/react-vite';
import { ControlStory } from '../support/ControlStory';
import { controlFor, controlStates, stepWith } from '../support/controlStories';

/** A calendar date with the native date input (`format: date`, `date-past`, `date-future`). */
const meta = {
  title: 'Controls/DateControl',
  component: ControlStory,
  parameters: { label: 'Wann sind Sie umgezogen?' },
} satisfies Meta<typeof ControlStory>;
export default meta;

type Story = StoryObj<typeof meta>;

const states = controlStates({
  schema: stepWith({ datum: { type: 'string', format: 'date' } }, ['datum']),
  uischema: controlFor('datum'),
  messages: { 's.datum.label': 'Wann sind Sie umgezogen?' },
  value: { s: { datum: '2026-03-01' } },
  error: { '/s/datum': 'Bitte geben Sie ein gültiges Datum ein: Tag, Monat und Jahr.' },
});

export const Empty: Story = { args: states.empty };
export const Filled: Story = { args: states.filled };
export const WithError: Story = { args: states.error };
export const Disabled: Story = { args: states.disabled };
