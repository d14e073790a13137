/** The answers property under which conditions read what the host or including form provides: `/$context/…`. */
export const CONTEXT_KEY = '$context';

/**
 * The answers as conditions see them, plus the read-only context (never a step id, so pruning
 * and submissions never carry it).
 *
 * @example
 * withContext({ einkommen: {…} }, { person: { vorname: 'Anna' } }); // { einkommen: {…}, $context: { person: { vorname: 'Anna' } } }
 */
export function withContext(answers: Record<string, unknown>, context: Record<string, unknown> | undefined): Record<string, unknown> {
  return context === undefined ? answers : { ...answers, [CONTEXT_KEY]: context };
}
