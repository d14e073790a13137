import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Answers, FormDefinition } from '../../engine/definition/types';
import de from '../../forms/terminanfrage/i18n/de.json';
import en from '../../forms/terminanfrage/i18n/en.json';
import tooEarly from '../../forms/terminanfrage/scenarios/04-unterlagen-zu-frueh.json';
import { FormStep, stepStory } from '../support/formStories';
import { loadFormDefinition } from '../support/loadFormDefinition';

/**
 * The Terminanfrage started at one step, with the answers of the scenario whose wished date is
 * earlier than the jobcenter's lead time allows: the termin step shows the duration and the
 * warning with the earliest possible date.
 */
const meta = {
  title: 'Forms/Terminanfrage',
  component: FormStep,
  args: { today: tooEarly.today, answers: tooEarly.answers as Answers },
  loaders: [async () => ({ definition: await loadFormDefinition('terminanfrage') })],
  render: (args, { loaded }) => <FormStep {...args} definition={loaded['definition'] as FormDefinition} />,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof FormStep>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The first step before anything was answered. */
export const Start: Story = { args: { step: 'person', locale: 'de', empty: true }, parameters: { label: de['steps.person.title'], heading: de['steps.person.title'] } };

export const Person: Story = stepStory(de, 'person');
export const Anliegen: Story = stepStory(de, 'anliegen');
export const Termin: Story = stepStory(de, 'termin');
export const TerminEnglish: Story = stepStory(en, 'termin', 'en');
export const Erklaerung: Story = stepStory(de, 'erklaerung');
export const Nachweise: Story = stepStory(de, 'nachweise');
export const Zusammenfassung: Story = stepStory(de, 'zusammenfassung');
