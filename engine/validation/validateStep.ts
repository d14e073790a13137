import type { Answers, FormDefinition, ValidationIssue } from '../definition/types';
import { withValidationToday } from './validationToday';

export interface ValidateStepOptions {
  /** the application date `date-past`/`date-future` compare against (default: as set globally) */
  today?: string;
}

/**
 * The validation issues of one step, paths from the answers root. A step that owns no answers
 * (the Nachweis checklist, the summary) has none. A step not answered yet is validated as `{}`,
 * so each required field gets its own `required` issue.
 *
 * @example
 * validateStep(definition, 'person', { person: { vorname: 'Erika' } }, { today: '2026-03-10' });
 * // [{ code: 'required', path: '/person/nachname', params: { missingProperty: 'nachname' } }]
 */
export function validateStep(
  definition: FormDefinition,
  step: string,
  answers: Answers,
  options: ValidateStepOptions = {},
): ValidationIssue[] {
  const validator = Object.prototype.hasOwnProperty.call(definition.validators, step) ? definition.validators[step] : undefined;
  if (!validator) return [];
  const stepAnswers = answers[step] ?? {};
  return options.today === undefined ? validator(stepAnswers) : withValidationToday(options.today, () => validator(stepAnswers));
}
