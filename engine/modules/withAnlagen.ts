import type { FormDefinition, Messages } from '../definition/types';

/**
 * The form with the Anlagen it includes (code → loaded `kind: "anlage"` form). Each Anlage's
 * texts are added to the form's messages with the prefix `<CODE>:` (`EK:steps.einkommen.title`),
 * so step titles and Nachweis reasons of instances translate like the form's own, while the
 * Anlage's keys never collide with the form's.
 *
 * @example
 * const hauptantrag = withAnlagen(loadForm('forms', 'hauptantrag'), { EK: loadForm('forms', 'ek') });
 * hauptantrag.messages.de['EK:form.title']; // 'Anlage EK: Einkommen'
 */
export function withAnlagen(definition: FormDefinition, modules: Record<string, FormDefinition>): FormDefinition {
  if (Object.keys(modules).length === 0) return definition;
  const messages: Record<string, Messages> = {};
  for (const [locale, own] of Object.entries(definition.messages)) {
    const merged: Messages = {};
    for (const [code, module] of Object.entries(modules)) {
      for (const [key, text] of Object.entries(module.messages[locale] ?? {})) merged[`${code}:${key}`] = text;
    }
    messages[locale] = { ...merged, ...own };
  }
  return { ...definition, messages, modules };
}

