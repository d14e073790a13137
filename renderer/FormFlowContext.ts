import { createContext } from 'react';
import type { Answers } from '../engine/definition/types';

/**
 * What the renderer set needs from the running session beyond JSON Forms' own state: the answers
 * of all steps (a `showWhen` on this step may look at an earlier one) and the application date
 * for age and deadline conditions. Without a provider (a control rendered alone in a story) the
 * answers are the step's own and today is the real date.
 */
export interface FormFlowContextValue {
  answers: Answers;
  /** ISO date YYYY-MM-DD */
  today: string;
  /** the form's computed values for answers (`/$computed/…`), so they follow typing on the same step */
  compute?: (answers: Answers) => Record<string, unknown>;
  /** read-only context (`/$context/…`): an Anlage instance's person and household */
  context?: Record<string, unknown>;
  /** the blank copy to print of the current Anlage (its form.json `vordruck`), for a Label with `options.download` */
  vordruck?: { make: () => Promise<Uint8Array>; fileName: string };
  /** the address of another form of the portal, for a Label with `options.openForm` */
  formHref?: (formId: string) => string;
}

export const FormFlowContext = createContext<FormFlowContextValue | undefined>(undefined);
