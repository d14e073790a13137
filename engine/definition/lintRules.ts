/** How bad a finding is: errors stop a form from loading and fail `formflow lint`, warnings do not. */
export type Severity = 'error' | 'warning';

export interface LintRule {
  severity: Severity;
  /** what the rule finds, one line */
  summary: string;
  /** how to fix a finding of the rule in general (a finding may add a more specific fix) */
  help: string;
}

const error = (summary: string, help: string): LintRule => ({ severity: 'error', summary, help });
const warning = (summary: string, help: string): LintRule => ({ severity: 'warning', summary, help });

/**
 * Every rule `checkForm` (and so `formflow lint`) checks, by stable id. docs/lint-rules.md has a
 * section per id; SARIF output lists them as the tool's rules.
 *
 * @example
 * lintRules['unknown-step'].severity; // 'error'
 */
export const lintRules = {
  'invalid-json': error('a file is not valid JSON', 'fix the syntax at the line and column named'),
  'unreadable-file': error('a file cannot be read', 'check the file permissions and that it is a file'),
  'missing-file': error('a file every form (or every locale) needs is missing', 'create the file named'),
  'invalid-manifest': error('form.json does not match the manifest format', 'see "form.json" in docs/form-format.md'),
  'duplicate-id': error('two rules of one list share an id', 'give each rule its own id'),
  'duplicate-form-id': error('two form folders declare the same form id', 'give each form its own "id" in form.json'),
  'invalid-condition': error('a condition does not match the condition vocabulary', 'see "Conditions" in docs/form-format.md'),
  'unknown-condition-type': error('a condition has a type the engine does not know', 'use one of the types listed'),
  'unknown-computation': error('a computed value names an unknown function or input, or leaves a required input unmapped', 'use a function and inputs listed in engine/computed/computations.ts'),
  'unknown-field': error('a condition path, UI scope or required name points to no field of schema.json', 'use one of the names listed, or add the field to schema.json'),
  'invalid-path': error('a relative path is used outside forEach/some/count, or a forEach path is not absolute', 'write an absolute path like "/step/field"'),
  'not-a-list': error('includes, some, count or forEach points to a field that is not an array', 'point to an array field'),
  'unknown-enum-value': error('a condition compares an enum field with a value the enum does not have', 'use one of the allowed values (or add the value to the enum)'),
  'condition-never-holds': error('a condition can never hold (e.g. "not always", a value compared with itself by "<")', 'rewrite or remove the condition'),
  'contradictory-condition': error('an "and" whose parts contradict each other (one field equal to two different values)', 'use "or", or remove one of the parts'),
  'never-shown-control': error('a control whose showWhen can never hold: the question is never asked', 'fix the showWhen condition or remove the control'),
  'invalid-evidence': error('evidence.json does not match the Nachweis rule format', 'see "evidence.json" in docs/form-format.md'),
  'invalid-document-kinds': error('forms/shared/document-kinds.json is not a list of unique ids', 'list each document kind once, as lower-case id'),
  'unknown-document-kind': error('a Nachweis rule asks for a document kind the project does not know', 'use a known kind or add it to forms/shared/document-kinds.json'),
  'unknown-anlage': error('an Anlage rule names an Anlage code that is not one of the known Anlagen', 'use one of the codes listed (the anlage.<CODE> texts of forms/shared/i18n/de.json)'),
  'invalid-flow': error('flow.json does not match the flow format', 'see "flow.json" in docs/form-format.md'),
  'invalid-guard': error('a guard is not { "type": "when", "params": <condition> }', 'write the guard as { "type": "when", "params": <condition> }'),
  'unknown-step': error('a transition, the initial state or a scenario names a step flow.json does not have', 'use one of the steps listed'),
  'unreachable-step': error('no path from the initial step reaches a step', 'add a transition to it, or remove the step'),
  'no-way-forward': error('a step has no NEXT, or every NEXT transition has a guard that can never hold', 'add an unguarded NEXT transition (a fallback) after the guarded ones'),
  'cycle': error('NEXT/always transitions lead from a step back to itself: the citizen can be trapped', 'make every path lead forward to the summary'),
  'step-without-property': error('a step that owns answers has no schema property of its name', 'add the property to schema.json'),
  'property-without-step': error('a top-level schema property belongs to no step that owns answers', 'remove the property or add the step'),
  'step-without-ui': error('a step that owns answers has no ui/<step>.json', 'create the UI schema'),
  'ui-without-step': error('a UI schema file belongs to no step that owns answers', 'remove the file or add the step'),
  'invalid-schema': error('schema.json is no usable JSON Schema of the answers', 'fix the keyword value as described'),
  'unsupported-keyword': error('schema.json uses a keyword our validators or renderers do not support', 'use only the keywords of "schema.json" in docs/form-format.md'),
  'unknown-format': error('a "format" our validators do not know', 'use one of the formats listed'),
  'unresolved-ref': error('a $ref that does not resolve to a local definition', 'point to an existing "#/$defs/<name>"'),
  'unused-schema-field': warning('a field of a step\'s schema that no UI control of the step covers: no one can answer it', 'add a control for it to ui/<step>.json, or remove the field'),
  'required-field-unreachable': error('a required field that no (ever shown) control of its step covers: the step can never be completed', 'add a control for it to ui/<step>.json, or make the field optional'),
  'invalid-ui': error('a UI schema element is malformed', 'see "UI schemas" in docs/form-format.md'),
  'invalid-scope': error('a control scope is not a chain of "#/properties/<name>"', 'write "#/properties/<step>/properties/<field>"'),
  'scope-outside-step': error('a control scope points outside the property of its step', 'point below "#/properties/<step>/"'),
  'unknown-control-format': error('a control option "format" the renderers do not know', 'use one of the formats listed'),
  'unknown-form-link': error('a Label links into a form (options.openForm) that no folder of the forms root holds', 'use one of the form ids listed'),
  'json-forms-rule': error('a JSON Forms "rule" (visibility comes from showWhen conditions)', 'move the condition to "options": { "showWhen": <condition> }'),
  'invalid-texts': error('an i18n file is not a flat object of strings', 'write texts as "key": "text"'),
  'unknown-locale': error('an i18n file for a locale form.json does not list', 'add the locale to form.json or remove the file'),
  'missing-text': error('a text the form needs (title, label, option, reason, Anlage or document name) is missing in a locale', 'add the key to the i18n file named'),
  'missing-error-text': error('a schema constraint has no error text: neither <field>.error.<keyword> nor the shared error.<keyword>', 'add the shared error text, or a field-specific one'),
  'missing-translation': error('a text one locale has is missing in another', 'translate the text into the locale named'),
  'text-equals-key': warning('a text that is just its key (nobody wrote the text)', 'write the real text'),
  'invalid-scenario': error('a scenario file does not match the scenario format', 'see "Scenarios" in docs/form-format.md'),
  'impossible-expectation': error('a scenario expects an Anlage or document no rule of the form brings in', 'fix the expectation or the rules'),
} as const satisfies Record<string, LintRule>;

/** The id of a rule of `lintRules`. */
export type RuleId = keyof typeof lintRules;
