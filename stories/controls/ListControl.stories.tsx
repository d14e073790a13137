import type { Meta, StoryObj } from '@storybook/react-vite';
import { ControlStory } from '../support/ControlStory';
import { controlFor, controlStates, stepWith } from '../support/controlStories';

/** A list of people with add and remove (`options.detail`). */
const meta = {
  title: 'Controls/ListControl',
  component: ControlStory,
  parameters: { label: 'Wer ist eingezogen?' },
} satisfies Meta<typeof ControlStory>;
export default meta;

type Story = StoryObj<typeof meta>;

const states = controlStates({
  schema: stepWith({ personen: { type: 'array', minItems: 1, items: { type: 'object', properties: { vorname: { type: 'string' }, geburtsdatum: { type: 'string', format: 'date' } }, required: ['vorname'] } } }, ['personen']),
  uischema: controlFor('personen', { detail: { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/vorname' }, { type: 'Control', scope: '#/properties/geburtsdatum' }] } }),
  messages: { 's.personen.label': 'Wer ist eingezogen?', 's.personen.item': 'Person {{number}}', 's.personen.vorname.label': 'Vorname', 's.personen.geburtsdatum.label': 'Geburtsdatum' },
  value: { s: { personen: [{ vorname: 'Max', geburtsdatum: '2010-04-02' }, { vorname: 'Lena' }] } },
  error: { '/s/personen': 'Hier fehlt noch etwas. Sie brauchen mindestens so viele Angaben: 1.' },
});

export const Empty: Story = { args: states.empty };
export const Filled: Story = { args: states.filled };
export const WithError: Story = { args: states.error };
export const Disabled: Story = { args: states.disabled };
