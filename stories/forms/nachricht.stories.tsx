import type { Meta, StoryObj } from '@storybook/react-vite';
import de from '../../forms/nachricht/i18n/de.json';
import scenario from '../../forms/nachricht/scenarios/04-zahlung-service-center.json';
import { type FormStep, formStoriesMeta, stepStory } from '../support/formStories';

/** The secure message started at one step, with the jobcenter configuration of the scenario in which questions about payments go to the Service Center. */
const meta = { title: 'Forms/Nachricht', ...formStoriesMeta('nachricht', scenario) } satisfies Meta<typeof FormStep>;
export default meta;

type Story = StoryObj<typeof meta>;

export const Person: Story = stepStory(de, 'person');
export const Anliegen: Story = stepStory(de, 'anliegen');
export const Nachricht: Story = stepStory(de, 'nachricht');
export const Nachweise: Story = stepStory(de, 'nachweise');
export const Zusammenfassung: Story = stepStory(de, 'zusammenfassung');
