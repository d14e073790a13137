import type { FormFiles } from './FormFiles';
import type { EvidenceRule, FlowConfig, FormDefinition, FormManifest, JsonSchema, Messages, StepValidator, UiSchema } from './types';

/**
 * Builds a `FormDefinition` from files that `checkForm` already passed, without checking them
 * again: the Vite plugin checks at build time, and the browser must not load the checker (it
 * compiles schemas with ajv, which needs `new Function`). Texts: per locale of the manifest, the
 * form's own texts over the shared ones. Use `createDefinition` for unchecked files.
 *
 * @example
 * const definition = assembleDefinition(files, validators);
 * definition.messages.de['document.mietvertrag']; // from forms/shared/i18n/de.json
 */
export function assembleDefinition(files: FormFiles, validators: Record<string, StepValidator>): FormDefinition {
  const manifest = files.manifest as FormManifest;
  const messages: Record<string, Messages> = {};
  for (const locale of manifest.locales) {
    messages[locale] = {
      ...(files.sharedI18n[locale] as Messages | undefined),
      ...(files.i18n[locale] as Messages | undefined),
    };
  }
  return {
    manifest,
    schema: files.schema as JsonSchema,
    flow: files.flow as FlowConfig,
    ui: files.ui as Record<string, UiSchema>,
    messages,
    evidence: (files.evidence ?? []) as EvidenceRule[],
    documentKinds: files.documentKinds as string[],
    validators,
  };
}
