import type { Meta, StoryObj } from '@storybook/react-vite';
import de from '../../forms/terminanfrage/i18n/de.json';
import en from '../../forms/terminanfrage/i18n/en.json';
import tooEarly from '../../forms/terminanfrage/scenarios/04-unterlagen-zu-frueh.json';
import { type FormStep, formStoriesMeta, startStory, stepStory } from '../support/formStories';

/**
 * The Terminanfrage started at one step, with the answers of the scenario whose wished date is
 * earlier than the jobcenter's lead time allows: the termin step shows the duration and the
 * warning with the earliest possible date.
 */
const meta = { title: 'Forms/Terminanfrage', ...formStoriesMeta('terminanfrage', tooEarly) } satisfies Meta<typeof FormStep>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The first step before anything was answered. */
export const Start: Story = startStory(de);

export const Person: Story = stepStory(de, 'person');
export const Anliegen: Story = stepStory(de, 'anliegen');
export const Termin: Story = stepStory(de, 'termin');
export const TerminEnglish: Story = stepStory(en, 'termin', 'en');
export const Erklaerung: Story = stepStory(de, 'erklaerung');
export const Nachweise: Story = stepStory(de, 'nachweise');
export const Zusammenfassung: Story = stepStory(de, 'zusammenfassung');
