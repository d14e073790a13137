import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Answers } from '../../engine/definition/types';
import de from '../../forms/widerspruch/i18n/de.json';
import en from '../../forms/widerspruch/i18n/en.json';
import inTime from '../../forms/widerspruch/scenarios/01-brief-berlin.json';
import late from '../../forms/widerspruch/scenarios/08-verspaetet.json';
import { type FormStep, formStoriesMeta, startStory, stepStory } from '../support/formStories';

/**
 * The Widerspruch started at one step, with the answers of the scenario "Brief mit
 * Rechtsbehelfsbelehrung in Berlin" on its application date: the deadline step shows the
 * computed end of the period, 14.04.2025, with 25 days left.
 */
const meta = { title: 'Forms/Widerspruch', ...formStoriesMeta('widerspruch', inTime) } satisfies Meta<typeof FormStep>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The first step before anything was answered. */
export const Start: Story = startStory(de);

export const Person: Story = stepStory(de, 'person');
export const Bescheid: Story = stepStory(de, 'bescheid');
export const Frist: Story = stepStory(de, 'frist');

/** The deadline step after the period ended: the warning and the question about the delay. */
export const FristVerspaetet: Story = {
  args: { step: 'frist', locale: 'de', today: late.today, answers: late.answers as Answers },
  parameters: { label: 'Achtung: Ihre Frist ist wahrscheinlich schon vorbei.', heading: de['steps.frist.title'] },
};

/** The deadline step in English. */
export const FristEnglish: Story = stepStory(en, 'frist', 'en');

export const Begruendung: Story = stepStory(de, 'begruendung');
export const Nachweise: Story = stepStory(de, 'nachweise');
export const Erklaerung: Story = stepStory(de, 'erklaerung');
export const Zusammenfassung: Story = stepStory(de, 'zusammenfassung');
