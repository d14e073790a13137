import type { ReactNode } from 'react';
import type { Answers, FormDefinition } from '../../engine/definition/types';
import { FormFlow } from '../../renderer/FormFlow';
import { lazyRenderPdf } from '../../renderer/lazyRenderPdf';
import { loadFormDefinition } from './loadFormDefinition';

export interface FormStepProps {
  step: string;
  locale: 'de' | 'en';
  /** the application date the answers are written for (a scenario's `today`) */
  today: string;
  /** the answers to start with; every step shown must be on their path */
  answers: Answers;
  /** start without answers (shows the first step empty) instead of with `answers` */
  empty?: boolean;
  /** what the portal hands the form (a scenario's `context`) */
  context?: Record<string, unknown>;
  /** loaded by the story's loader */
  definition?: FormDefinition;
}

/**
 * A form started at one step with a scenario's answers, so each step shows as a citizen would
 * see it on the way through. The key restarts the session when the story's args change.
 *
 * @example
 * <FormStep step="frist" locale="de" today="2025-03-20" answers={scenario.answers} definition={definition} />
 */
export function FormStep({ step, locale, today, answers, empty, definition, context }: FormStepProps): ReactNode {
  if (definition === undefined) return null;
  return (
    <FormFlow
      key={`${step}:${locale}:${today}:${empty === true ? 'empty' : 'filled'}`}
      definition={definition}
      locale={locale}
      today={today}
      adapters={{ renderPdf: lazyRenderPdf }}
      {...(context === undefined ? {} : { context })}
      {...(empty === true ? {} : { initialAnswers: answers, initialStep: step })}
    />
  );
}

/** What a step story needs besides the meta's args: the step, its language and its title. */
export interface StepStory {
  args: { step: string; locale: 'de' | 'en' };
  parameters: { label: string; heading: string };
}

/**
 * The story of one step in German: labelled with the step's title, which the story test also
 * expects as the page heading.
 *
 * @example
 * export const Frist: Story = stepStory(de, 'frist');
 */
export function stepStory(messages: Readonly<Record<string, string>>, step: string, locale: 'de' | 'en' = 'de'): StepStory {
  const title = messages[`steps.${step}.title`];
  if (title === undefined) throw new Error(`stepStory: the messages have no "steps.${step}.title"`);
  return { args: { step, locale }, parameters: { label: title, heading: title } };
}

/**
 * What every form's stories share: the FormStep component, the form loaded by id, the answers and
 * application date of one scenario, full-screen layout. Spread into a meta object that keeps its
 * own literal `title`, as Storybook's indexer reads it statically.
 *
 * @example
 * const meta = { title: 'Forms/VÄM', ...formStoriesMeta('vaem', scenario) } satisfies Meta<typeof FormStep>;
 */
export function formStoriesMeta(formId: string, scenario: { today: string; answers: unknown; context?: unknown }) {
  return {
    component: FormStep,
    args: {
      today: scenario.today,
      answers: scenario.answers as Answers,
      ...(scenario.context === undefined ? {} : { context: scenario.context as Record<string, unknown> }),
    },
    loaders: [async () => ({ definition: await loadFormDefinition(formId) })],
    render: (args: FormStepProps, { loaded }: { loaded: Record<string, unknown> }) => (
      <FormStep {...args} definition={loaded['definition'] as FormDefinition} />
    ),
    parameters: { layout: 'fullscreen' },
  };
}

/** The first step of a form before anything was answered. */
export function startStory(messages: Readonly<Record<string, string>>): { args: StepStory['args'] & { empty: true }; parameters: StepStory['parameters'] } {
  const title = messages['steps.person.title'] ?? 'steps.person.title';
  return { args: { step: 'person', locale: 'de', empty: true }, parameters: { label: title, heading: title } };
}

/**
 * The story of an Anlage instance's step inside the including form (`EK:p0:arbeit`): its heading
 * names the Anlage and the person above the step's title, as FormFlow shows it.
 *
 * @example
 * export const EkArbeit: Story = anlageStepStory('EK:p0:arbeit', shared['anlage.EK'], 'Mehmet Yılmaz', ek['steps.arbeit.title']);
 */
export function anlageStepStory(step: string, anlage: string | undefined, person: string | undefined, title: string | undefined): StepStory {
  if (anlage === undefined || title === undefined) throw new Error(`anlageStepStory: missing the Anlage's name or the title of ${step}`);
  const line = person === undefined ? anlage : `${anlage} – für ${person}`;
  return { args: { step, locale: 'de' }, parameters: { label: title, heading: `${line} ${title}` } };
}
