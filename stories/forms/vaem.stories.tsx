import type { Meta, StoryObj } from '@storybook/react-vite';
import de from '../../forms/vaem/i18n/de.json';
import en from '../../forms/vaem/i18n/en.json';
import scenario from '../../forms/vaem/scenarios/28-alle-aenderungen.json';
import { type FormStep, formStoriesMeta, startStory, stepStory } from '../support/formStories';

/**
 * The VÄM started at one step, with the answers of the scenario "alle Änderungen" (every
 * step is on its path), so each step shows as a citizen would see it on the way through.
 */
const meta = { title: 'Forms/VÄM', ...formStoriesMeta('vaem', scenario) } satisfies Meta<typeof FormStep>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The first step before anything was answered. */
export const Start: Story = startStory(de);

/** The first step in English. */
export const PersonEnglish: Story = stepStory(en, 'person', 'en');

export const Person: Story = stepStory(de, 'person');
export const Auswahl: Story = stepStory(de, 'auswahl');
export const Umzug: Story = stepStory(de, 'umzug');
export const Personenwechsel: Story = stepStory(de, 'personenwechsel');
export const Familienereignis: Story = stepStory(de, 'familienereignis');
export const Arbeit: Story = stepStory(de, 'arbeit');
export const Selbstaendigkeit: Story = stepStory(de, 'selbstaendigkeit');
export const Ausbildung: Story = stepStory(de, 'ausbildung');
export const Leistungen: Story = stepStory(de, 'leistungen');
export const Unterhalt: Story = stepStory(de, 'unterhalt');
export const Schwangerschaft: Story = stepStory(de, 'schwangerschaft');
export const Bankverbindung: Story = stepStory(de, 'bankverbindung');
export const Krankenversicherung: Story = stepStory(de, 'krankenversicherung');
export const Vermoegen: Story = stepStory(de, 'vermoegen');
export const Sonstiges: Story = stepStory(de, 'sonstiges');
export const Erklaerung: Story = stepStory(de, 'erklaerung');
export const Nachweise: Story = stepStory(de, 'nachweise');
export const Zusammenfassung: Story = stepStory(de, 'zusammenfassung');
