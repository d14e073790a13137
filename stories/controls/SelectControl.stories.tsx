import type { Meta, StoryObj } from '@storybook/react-vite';
import { ControlStory } from '../support/ControlStory';
import { controlFor, controlStates, stepWith } from '../support/controlStories';

/** A single choice from a long list as a select. */
const meta = {
  title: 'Controls/SelectControl',
  component: ControlStory,
  parameters: { label: 'Welche Leistung?' },
} satisfies Meta<typeof ControlStory>;
export default meta;

type Story = StoryObj<typeof meta>;

const states = controlStates({
  schema: stepWith({ leistung: { type: 'string', enum: ['rente', 'krankengeld', 'arbeitslosengeld', 'elterngeld', 'wohngeld', 'kinderzuschlag', 'sonstige'] } }, ['leistung']),
  uischema: controlFor('leistung'),
  messages: { 's.leistung.label': 'Welche Leistung?', 's.leistung.options.rente': 'Rente', 's.leistung.options.krankengeld': 'Krankengeld', 's.leistung.options.arbeitslosengeld': 'Arbeitslosengeld', 's.leistung.options.elterngeld': 'Elterngeld', 's.leistung.options.wohngeld': 'Wohngeld', 's.leistung.options.kinderzuschlag': 'Kinderzuschlag', 's.leistung.options.sonstige': 'Eine andere Leistung' },
  value: { s: { leistung: 'wohngeld' } },
  error: { '/s/leistung': 'Bitte wählen Sie eine der Möglichkeiten aus.' },
});

export const Empty: Story = { args: states.empty };
export const Filled: Story = { args: states.filled };
export const WithError: Story = { args: states.error };
export const Disabled: Story = { args: states.disabled };
