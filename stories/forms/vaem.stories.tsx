import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import type { Answers, FormDefinition } from '../../engine/definition/types';
import de from '../../forms/vaem/i18n/de.json';
import en from '../../forms/vaem/i18n/en.json';
import scenario from '../../forms/vaem/scenarios/28-alle-aenderungen.json';
import { FormFlow } from '../../renderer/FormFlow';
import { lazyRenderPdf } from '../../renderer/lazyRenderPdf';
import { loadFormDefinition } from '../support/loadFormDefinition';

interface VaemStepProps {
  step: string;
  locale: 'de' | 'en';
  /** start without answers (shows the first step empty) instead of with the scenario's */
  empty?: boolean;
  /** loaded by the story's loader */
  definition?: FormDefinition;
}

/**
 * The VÄM started at one step, with the answers of the scenario "alle Änderungen" (every
 * step is on its path), so each step shows as a citizen would see it on the way through.
 */
function VaemStep({ step, locale, empty, definition }: VaemStepProps): ReactNode {
  if (definition === undefined) return null;
  return (
    <FormFlow
      key={`${step}:${locale}:${empty === true ? 'empty' : 'filled'}`}
      definition={definition}
      locale={locale}
      today={scenario.today}
      adapters={{ renderPdf: lazyRenderPdf }}
      {...(empty === true ? {} : { initialAnswers: scenario.answers as Answers, initialStep: step })}
    />
  );
}

const meta = {
  title: 'Forms/VÄM',
  component: VaemStep,
  loaders: [async () => ({ definition: await loadFormDefinition('vaem') })],
  render: (args, { loaded }) => <VaemStep {...args} definition={loaded['definition'] as FormDefinition} />,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof VaemStep>;
export default meta;

type Story = StoryObj<typeof meta>;

function stepStory(step: string): Story {
  const title = (de as Record<string, string>)[`steps.${step}.title`];
  return { args: { step, locale: 'de' }, parameters: { label: title, heading: title } };
}

/** The first step before anything was answered. */
export const Start: Story = { args: { step: 'person', locale: 'de', empty: true }, parameters: { label: de['steps.person.title'], heading: de['steps.person.title'] } };

/** The first step in English. */
export const PersonEnglish: Story = { args: { step: 'person', locale: 'en' }, parameters: { label: en['steps.person.title'], heading: en['steps.person.title'] } };

export const Person: Story = stepStory('person');
export const Auswahl: Story = stepStory('auswahl');
export const Umzug: Story = stepStory('umzug');
export const Personenwechsel: Story = stepStory('personenwechsel');
export const Familienereignis: Story = stepStory('familienereignis');
export const Arbeit: Story = stepStory('arbeit');
export const Selbstaendigkeit: Story = stepStory('selbstaendigkeit');
export const Ausbildung: Story = stepStory('ausbildung');
export const Leistungen: Story = stepStory('leistungen');
export const Unterhalt: Story = stepStory('unterhalt');
export const Schwangerschaft: Story = stepStory('schwangerschaft');
export const Bankverbindung: Story = stepStory('bankverbindung');
export const Krankenversicherung: Story = stepStory('krankenversicherung');
export const Vermoegen: Story = stepStory('vermoegen');
export const Sonstiges: Story = stepStory('sonstiges');
export const Erklaerung: Story = stepStory('erklaerung');
export const Nachweise: Story = stepStory('nachweise');
export const Zusammenfassung: Story = stepStory('zusammenfassung');
