import type { Meta, StoryObj } from '@storybook/react-vite';
import de from '../../forms/jobcenter-konfiguration/i18n/de.json';
import scenario from '../../forms/jobcenter-konfiguration/scenarios/02-hinweise-und-wege.json';
import { type FormStep, formStoriesMeta, stepStory } from '../support/formStories';

/** The jobcenter's configuration of its Postfach, with info texts and mixed channels. */
const meta = { title: 'Forms/Jobcenter-Konfiguration', ...formStoriesMeta('jobcenter-konfiguration', scenario) } satisfies Meta<typeof FormStep>;
export default meta;

type Story = StoryObj<typeof meta>;

export const Jobcenter: Story = stepStory(de, 'jobcenter');
export const Anliegen: Story = stepStory(de, 'anliegen');
export const Zusammenfassung: Story = stepStory(de, 'zusammenfassung');
