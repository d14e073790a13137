import type { FormDefinition, FormManifest, Scenario } from '../definition/types';
import { describeCondition } from '../graph/describeCondition';
import { toMermaid } from '../graph/toMermaid';
import { lookupMessage } from '../i18n/lookupMessage';
import { translate } from '../i18n/translate';
import { enumeratePaths } from '../paths/enumeratePaths';
import { flowOrder } from '../paths/flowOrder';
import { flowTransitions } from '../paths/flowTransitions';
import { scenarioCoverage } from '../paths/scenarioCoverage';
import { stepView } from '../plan/stepView';
import { assertNever } from '../util/assertNever';
import { markdownTable, markdownText as md } from './markdown';
import { stepFields } from './stepFields';

export interface FormPageOptions {
  /** the locale of the form's texts and of the conditions in words (default de, the source language) */
  locale?: string;
  /** the form's folder as the page names it (default `forms/<id>`) */
  formDir?: string;
}

/** The start of the comment every generated page carries, so stale pages can be told from hand-written files. */
export const generatedMarker = '<!-- Generated ';

/** Paths counted up to this many for the page; more are reported as "more than". */
const pathLimit = 10_000;

/**
 * The Markdown page of a form for docs/forms/: title and description, the manifest facts
 * (edition, source, kind, routing, uploads), the number of paths and the scenario coverage, the
 * identity level and its rules, the flow as a Mermaid graph, every step in flow order with its
 * transitions and questions, the Anlage rules, the Nachweis rules and the scenarios. Headings
 * are English (the project's language); the form's texts and the conditions in words are in
 * `options.locale`. Deterministic: the same form gives the same page, byte for byte.
 *
 * @example
 * const page = formPage(definition, files.scenarios as Record<string, Scenario>);
 * page.split('\n')[0]; // '# Veränderungen mitteilen (`vaem`)'
 */
export function formPage(
  definition: FormDefinition,
  scenarios: Readonly<Record<string, Scenario>>,
  options: FormPageOptions = {},
): string {
  const locale = options.locale ?? 'de';
  const { manifest } = definition;
  const formDir = options.formDir ?? `forms/${manifest.id}`;
  const text = (key: string) => md(translate(definition, locale, key));
  const when = (condition: Parameters<typeof describeCondition>[1], item?: string) =>
    md(describeCondition(definition, condition, locale, item === undefined ? {} : { item }));

  const sections = [
    `# ${text('form.title')} (\`${manifest.id}\`)`,
    `${generatedMarker}from ${formDir} by engine/formDocs/formPage.ts. Do not edit: change the form files and run \`npx formflow docs\`. -->`,
    text('form.description'),
    facts(definition, scenarios, formDir),
    identity(manifest, when),
    `## Flow\n\nSolid arrows: NEXT. Dotted arrows: the step is skipped.\n\n\`\`\`mermaid\n${toMermaid(definition, locale)}\`\`\``,
    steps(definition, locale, when),
    anlagen(definition, manifest, locale, when),
    evidence(definition, locale, when),
    scenarioList(scenarios, formDir, manifest.id),
  ];
  return `${sections.join('\n\n')}\n`;
}

type When = (condition: Parameters<typeof describeCondition>[1], item?: string) => string;

function facts(definition: FormDefinition, scenarios: Readonly<Record<string, Scenario>>, formDir: string): string {
  const { manifest } = definition;
  const { paths, truncated } = enumeratePaths(definition, { maxPaths: pathLimit });
  const coverage = scenarioCoverage(definition, scenarios);
  const covered = (entries: { covered: boolean }[]) => `${entries.filter((entry) => entry.covered).length} of ${entries.length}`;
  const megabytes = (bytes: number) => `${Math.round((bytes / 1048576) * 10) / 10} MB`;
  return markdownTable(
    ['Fact', 'Value'],
    [
      ['Folder', `\`${formDir}\``],
      ['Version', md(manifest.version)],
      ['Edition', md(manifest.edition)],
      ['Source', md(manifest.source)],
      ['Kind', manifest.kind],
      ['Anliegensart', md(manifest.routing.anliegensart)],
      ['Locales', manifest.locales.join(', ')],
      [
        'Uploads',
        `${manifest.uploads.accept.join(', ')}; at most ${megabytes(manifest.uploads.maxFileBytes)} per file, ${megabytes(manifest.uploads.maxTotalBytes)} in all`,
      ],
      ['Paths through the flow', truncated ? `more than ${pathLimit}` : String(paths.length)],
      ['Scenarios', String(Object.keys(scenarios).length)],
      ['Steps reached by scenarios', covered(coverage.steps)],
      ['Transitions taken by scenarios', covered(coverage.transitions)],
    ],
  );
}

function identity(manifest: FormManifest, when: When): string {
  const rules = manifest.identityRules ?? [];
  const intro = `## Identity\n\nAt least **${manifest.identityLevel}**.`;
  if (rules.length === 0) return `${intro} No rule raises it.`;
  const table = markdownTable(
    ['Rule', 'Level', 'When'],
    rules.map((rule) => [`\`${rule.id}\``, rule.level, when(rule.when)]),
  );
  return `${intro} Raised by these rules (the highest that holds counts):\n\n${table}`;
}

function steps(definition: FormDefinition, locale: string, when: When): string {
  const order = flowOrder(definition);
  const blocks = order.map((step, index) => {
    const title = `### ${index + 1}. ${md(translate(definition, locale, `steps.${step}.title`))} (\`${step}\`)`;
    const intro = lookupMessage(definition, locale, `steps.${step}.intro`);
    const parts = [title, kindOf(definition, step), ...(intro === undefined ? [] : [md(intro)]), transitions(definition, step, when)];
    const fields = stepFields(definition, step, locale);
    if (fields.length > 0) {
      parts.push(
        markdownTable(
          ['Field', 'Question', 'Type', 'Required', 'Options', 'Shown when'],
          fields.map((field) => [
            `\`${field.pointer}\``,
            md(field.label),
            field.type,
            field.required,
            field.options.map((option) => `\`${option.value}\`: ${md(option.text)}`).join('\n'),
            md(field.shownWhen ?? ''),
          ]),
        ),
      );
    }
    return parts.filter((part) => part !== '').join('\n\n');
  });
  return [`## Steps`, ...blocks].join('\n\n');
}

function kindOf(definition: FormDefinition, step: string): string {
  if (definition.flow.states[step]?.type === 'final' && stepView(definition.flow, step) === undefined) return '*Final state.*';
  const view = stepView(definition.flow, step);
  switch (view) {
    case undefined:
      return '';
    case 'declaration':
      return '*Declaration: shown with its full text.*';
    case 'evidence':
      return '*Nachweis checklist: the documents of the Nachweis rules below, with upload controls.*';
    case 'summary':
      return '*Summary: the citizen checks the answers and sends the form.*';
    case 'anlagen':
      return '*Anlagen plan: which Anlage is needed for whom and why; the Anlagen\'s steps follow it.*';
    default:
      return assertNever(view);
  }
}

function transitions(definition: FormDefinition, step: string, when: When): string {
  const edges = flowTransitions(definition.flow, step);
  const lines = edges.map((edge) => {
    const target = `\`${edge.target}\``;
    if (edge.kind === 'always') {
      return edge.guard === undefined ? `- Always skipped, on to ${target}.` : `- Skipped, on to ${target}, when ${when(edge.guard)}.`;
    }
    if (edge.guard !== undefined) return `- Next: ${target} when ${when(edge.guard)}.`;
    return (edge.index ?? 0) > 0 ? `- Otherwise next: ${target}.` : `- Next: ${target}.`;
  });
  return lines.join('\n');
}

function anlagen(definition: FormDefinition, manifest: FormManifest, locale: string, when: When): string {
  const rules = manifest.anlagen ?? [];
  if (rules.length === 0) return '## Anlagen\n\nThis form brings in no Anlage.';
  const table = markdownTable(
    ['Rule', 'Anlage', 'Name', 'For each', 'When'],
    rules.map((rule) => [
      `\`${rule.id}\``,
      rule.anlage,
      md(translate(definition, locale, `anlage.${rule.anlage}`)),
      rule.forEach === undefined ? '' : `\`${rule.forEach}\``,
      when(rule.when, rule.forEach),
    ]),
  );
  return `## Anlagen\n\n${table}`;
}

function evidence(definition: FormDefinition, locale: string, when: When): string {
  if (definition.evidence.length === 0) return '## Nachweise\n\nThis form asks for no Nachweis.';
  const table = markdownTable(
    ['Rule', 'Documents', 'For each', 'When'],
    definition.evidence.map((rule) => [
      `\`${rule.id}\``,
      rule.documents === undefined
        ? `the kind each item names (\`${rule.documentFrom ?? ''}\`)`
        : rule.documents.map((document) => `${md(translate(definition, locale, `document.${document}`))} (\`${document}\`)`).join('\n') +
          (rule.optional === true ? ' (optional)' : ''),
      rule.forEach === undefined ? '' : `\`${rule.forEach}\``,
      when(rule.when, rule.forEach),
    ]),
  );
  return `## Nachweise\n\n${table}`;
}

function scenarioList(scenarios: Readonly<Record<string, Scenario>>, formDir: string, id: string): string {
  const names = Object.keys(scenarios).sort();
  const heading = `## Scenarios\n\n${names.length} in \`${formDir}/scenarios/\`, run with \`npx formflow test ${id}\`.`;
  if (names.length === 0) return heading;
  return `${heading}\n\n${names.map((name) => `- \`${name}\`: ${md(scenarios[name]?.title ?? '')}`).join('\n')}`;
}
