import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Answers, FormDefinition } from '../../../engine/definition/types';
import { translate } from '../../../engine/i18n/translate';
import { resolveStep } from '../../../engine/modules/resolveStep';
import { stepAnswers } from '../../../engine/modules/stepAnswers';
import { type StepView, stepView } from '../../../engine/plan/stepView';
import type { Plan, PlannedStep } from '../../../engine/plan/types';
import { expectStep } from './formPage';
import { pressNext, tabTo } from './keyboard';
import { keyboardAnswers } from './keyboardAnswers';

/** The heading FormFlow shows for a step: its title, for an Anlage step after the Anlage and the person. */
export function stepHeading(definition: FormDefinition, step: PlannedStep): string {
  const de = (key: string, params?: Record<string, unknown>) => translate(definition, 'de', key, params);
  const title = de(step.title);
  if (step.instance === undefined) return title;
  const anlage = de(`anlage.${step.instance.anlage}`);
  const line = step.instance.person === undefined ? anlage : de('ui.anlagen.forPerson', { anlage, person: step.instance.person });
  return `${line} ${title}`;
}

/**
 * Walks a planned path with the keyboard only, as a citizen fills the form: on each step the
 * heading (focused after the first), `check` (axe), then the step's answers typed
 * (keyboardAnswers), every Nachweis marked "reiche ich später nach", and NEXT — up to the summary,
 * where it stops. `onStep` sees each step before it is filled and again once it is (`filled`), for
 * a test's own checks.
 *
 * @example
 * await keyboardScenario(page, definition, planned, scenario.answers, check);
 */
export async function keyboardScenario(
  page: Page,
  definition: FormDefinition,
  planned: Plan,
  answers: Answers,
  check: (name: string) => Promise<void>,
  onStep?: (step: PlannedStep, view: StepView | undefined, filled: boolean) => Promise<void>,
): Promise<void> {
  for (const [index, step] of planned.steps.entries()) {
    await expectStep(page, stepHeading(definition, step), { focused: index > 0 });
    await check(step.id);
    const ref = resolveStep(definition, step.id);
    const view = stepView(ref.definition.flow, ref.step);
    await onStep?.(step, view, false);
    if (view === 'summary') return;
    if (view === 'evidence') await allLater(page, planned);
    else if (view !== 'anlagen') await keyboardAnswers(page, ref.step, stepAnswers(answers, ref.at));
    await onStep?.(step, view, true);
    await pressNext(page);
  }
}

/** Marks every required Nachweis "reiche ich später nach" with Tab and Space. */
async function allLater(page: Page, planned: Plan): Promise<void> {
  for (const nachweis of planned.evidence.filter((item) => item.optional !== true)) {
    const id = `ff-nachweise-${nachweis.id.replace(/[^A-Za-z0-9_]/g, '_')}`;
    await tabTo(page, `#${id}-later`, { maxPresses: 400 });
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator(`#${id}-status`).textContent()).toBe('reichen Sie später nach');
  }
}
