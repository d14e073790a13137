import type { Meta, StoryObj } from '@storybook/react-vite';
import { ControlStory } from '../support/ControlStory';
import { controlFor, controlStates, stepWith } from '../support/controlStories';

/** A nested object addressed by one Control, shown as a fieldset. */
const meta = {
  title: 'Controls/ObjectControl',
  component: ControlStory,
  parameters: { label: 'Neue Adresse' },
} satisfies Meta<typeof ControlStory>;
export default meta;

type Story = StoryObj<typeof meta>;

const states = controlStates({
  schema: stepWith({ adresse: { type: 'object', properties: { strasse: { type: 'string' }, plz: { type: 'string', format: 'plz' }, ort: { type: 'string' } }, required: ['strasse', 'plz', 'ort'] } }, ['adresse']),
  uischema: controlFor('adresse'),
  messages: { 's.adresse.label': 'Neue Adresse', 's.adresse.strasse.label': 'Straße und Hausnummer', 's.adresse.plz.label': 'Postleitzahl', 's.adresse.ort.label': 'Ort' },
  value: { s: { adresse: { strasse: 'Musterweg 1', plz: '10115', ort: 'Berlin' } } },
  error: { '/s/adresse/plz': 'Eine Postleitzahl hat 5 Ziffern.' },
});

export const Empty: Story = { args: states.empty };
export const Filled: Story = { args: states.filled };
export const WithError: Story = { args: states.error };
export const Disabled: Story = { args: states.disabled };
