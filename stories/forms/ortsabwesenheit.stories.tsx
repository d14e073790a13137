import type { Meta, StoryObj } from '@storybook/react-vite';
import de from '../../forms/ortsabwesenheit/i18n/de.json';
import en from '../../forms/ortsabwesenheit/i18n/en.json';
import overLimit from '../../forms/ortsabwesenheit/scenarios/03-ueber-grenze-nach-15-tagen.json';
import { type FormStep, formStoriesMeta, startStory, stepStory } from '../support/formStories';

/**
 * The Ortsabwesenheit started at one step, with the answers of the scenario "10 days after 15
 * already approved" on its application date: the rules step shows 25 days in the year and the
 * warning that this is more than 21.
 */
const meta = { title: 'Forms/Ortsabwesenheit', ...formStoriesMeta('ortsabwesenheit', overLimit) } satisfies Meta<typeof FormStep>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The first step before anything was answered. */
export const Start: Story = startStory(de);

export const Person: Story = stepStory(de, 'person');
export const Zeitraum: Story = stepStory(de, 'zeitraum');
export const Regeln: Story = stepStory(de, 'regeln');
export const RegelnEnglish: Story = stepStory(en, 'regeln', 'en');
export const Erklaerung: Story = stepStory(de, 'erklaerung');
export const Nachweise: Story = stepStory(de, 'nachweise');
export const Zusammenfassung: Story = stepStory(de, 'zusammenfassung');
