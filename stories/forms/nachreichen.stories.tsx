import type { Meta, StoryObj } from '@storybook/react-vite';
import de from '../../forms/nachreichen/i18n/de.json';
import scenario from '../../forms/nachreichen/scenarios/01-hauptantrag-zwei-offen.json';
import { type FormStep, formStoriesMeta, stepStory } from '../support/formStories';

/** Unterlagen nachreichen for an earlier Hauptantrag with two Nachweise outstanding, as the portal hands it over. */
const meta = { title: 'Forms/Unterlagen nachreichen', ...formStoriesMeta('nachreichen', scenario) } satisfies Meta<typeof FormStep>;
export default meta;

type Story = StoryObj<typeof meta>;

export const Person: Story = stepStory(de, 'person');
export const Vorgang: Story = stepStory(de, 'vorgang');
export const Nachweise: Story = stepStory(de, 'nachweise');
export const Nachricht: Story = stepStory(de, 'nachricht');
export const Erklaerung: Story = stepStory(de, 'erklaerung');
export const Zusammenfassung: Story = stepStory(de, 'zusammenfassung');
