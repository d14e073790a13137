import type { UISchemaElement } from '@jsonforms/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { ControlStory } from '../support/ControlStory';
import { controlFor, controlStates, stepWith } from '../support/controlStories';

/** A group of questions (`Group`) in a fieldset, with a horizontal row that wraps on small screens. */
const meta = {
  title: 'Controls/GroupLayout',
  component: ControlStory,
  parameters: { label: 'Neue Adresse' },
} satisfies Meta<typeof ControlStory>;
export default meta;

type Story = StoryObj<typeof meta>;

const states = controlStates({
  schema: stepWith({ plz: { type: 'string', format: 'plz' }, ort: { type: 'string' } }, ['plz', 'ort']),
  uischema: { type: 'Group', label: 's.adresse.label', elements: [{ type: 'HorizontalLayout', elements: [controlFor('plz'), controlFor('ort')] }] } as UISchemaElement,
  messages: { 's.adresse.label': 'Neue Adresse', 's.plz.label': 'Postleitzahl', 's.ort.label': 'Ort' },
  value: { s: { plz: '10115', ort: 'Berlin' } },
  error: { '/s/plz': 'Eine Postleitzahl hat 5 Ziffern.' },
});

export const Empty: Story = { args: states.empty };
export const Filled: Story = { args: states.filled };
export const WithError: Story = { args: states.error };
export const Disabled: Story = { args: states.disabled };
