import type { Meta, StoryObj } from '@storybook/react-vite';
import de from '../../forms/wba/i18n/de.json';
import scenario from '../../forms/wba/scenarios/02-baby-geboren.json';
import shared from '../../forms/shared/i18n/de.json';
import ki from '../../forms/anlagen/ki/i18n/de.json';
import { type FormStep, formStoriesMeta, stepStory, anlageStepStory } from '../support/formStories';

/** The Weiterbewilligungsantrag with what the jobcenter knows, in the scenario of a baby born: the consent, the changes, the Anlagen plan, the KI for the baby. */
const meta = { title: 'Forms/Weiterbewilligungsantrag', ...formStoriesMeta('wba', scenario) } satisfies Meta<typeof FormStep>;
export default meta;

type Story = StoryObj<typeof meta>;

export const Einwilligung: Story = stepStory(de, 'einwilligung');
export const Persoenlich: Story = stepStory(de, 'persoenlich');
export const Personen: Story = stepStory(de, 'personen');
export const Einkommen: Story = stepStory(de, 'einkommen');
export const Anlagen: Story = stepStory(de, 'anlagen');
export const Erklaerung: Story = stepStory(de, 'erklaerung');
export const Nachweise: Story = stepStory(de, 'nachweise');
export const Zusammenfassung: Story = stepStory(de, 'zusammenfassung');
export const KiBeziehung: Story = anlageStepStory('KI:p2:beziehung', shared['anlage.KI'], 'Mia Becker', ki['steps.beziehung.title']);
