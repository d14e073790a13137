import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Answers, FormDefinition } from '../../engine/definition/types';
import de from '../../forms/ortsabwesenheit/i18n/de.json';
import en from '../../forms/ortsabwesenheit/i18n/en.json';
import overLimit from '../../forms/ortsabwesenheit/scenarios/03-ueber-grenze-nach-15-tagen.json';
import { FormStep, stepStory } from '../support/formStories';
import { loadFormDefinition } from '../support/loadFormDefinition';

/**
 * The Ortsabwesenheit started at one step, with the answers of the scenario "10 days after 15
 * already approved" on its application date: the rules step shows 25 days in the year and the
 * warning that this is more than 21.
 */
const meta = {
  title: 'Forms/Ortsabwesenheit',
  component: FormStep,
  args: { today: overLimit.today, answers: overLimit.answers as Answers },
  loaders: [async () => ({ definition: await loadFormDefinition('ortsabwesenheit') })],
  render: (args, { loaded }) => <FormStep {...args} definition={loaded['definition'] as FormDefinition} />,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof FormStep>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The first step before anything was answered. */
export const Start: Story = { args: { step: 'person', locale: 'de', empty: true }, parameters: { label: de['steps.person.title'], heading: de['steps.person.title'] } };

export const Person: Story = stepStory(de, 'person');
export const Zeitraum: Story = stepStory(de, 'zeitraum');
export const Regeln: Story = stepStory(de, 'regeln');
export const RegelnEnglish: Story = stepStory(en, 'regeln', 'en');
export const Erklaerung: Story = stepStory(de, 'erklaerung');
export const Nachweise: Story = stepStory(de, 'nachweise');
export const Zusammenfassung: Story = stepStory(de, 'zusammenfassung');
