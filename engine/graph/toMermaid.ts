import type { FormDefinition } from '../definition/types';
import { translate } from '../i18n/translate';
import { allTransitions } from '../paths/allTransitions';
import type { FlowEdge } from '../paths/types';
import { stepView } from '../plan/stepView';
import { assertNever } from '../util/assertNever';
import { conditionPhrases } from './conditionPhrases';
import { describeCondition } from './describeCondition';
import { mermaidText } from './mermaidText';

/** Words Mermaid reads as keywords when they stand as a node id. */
const reserved = new Set(['end', 'graph', 'flowchart', 'subgraph', 'direction', 'style', 'class', 'classdef', 'click', 'linkstyle', 'default', 'call', 'href']);

/**
 * The flow as a Mermaid `flowchart TD`: one node per state in file order, labelled with its
 * step title (`steps.<id>.title` in the locale), the Nachweis checklist drawn as a subroutine
 * `[[…]]` and the summary as a stadium `([…])`; then one edge per transition in the order XState
 * tries them. `NEXT` edges are solid, `always` edges (skipping a step) dotted and labelled
 * "überspringen, wenn …"; guards are described in words (`describeCondition`), an unguarded
 * transition after guarded ones is labelled "sonst". Node ids are the state ids where Mermaid
 * allows them (letters, digits, `_`, no keyword), else `state<n>`.
 *
 * @example
 * toMermaid(definition, 'de');
 * // flowchart TD
 * //   person["Über Sie"]
 * //   …
 * //   umzug -.->|"überspringen, wenn „Ich ziehe um oder bin umgezogen“ nicht gewählt"| personenwechsel
 * //   umzug --> personenwechsel
 */
export function toMermaid(definition: FormDefinition, locale = 'de'): string {
  const { flow } = definition;
  const states = Object.keys(flow.states);
  const ids = new Map(states.map((state, index) => [state, nodeId(state, index)]));
  const id = (state: string) => ids.get(state) ?? nodeId(state, states.length);
  const lines = ['flowchart TD'];
  for (const state of states) lines.push(`  ${node(id(state), translate(definition, locale, `steps.${state}.title`), definition, state)}`);
  for (const edge of allTransitions(definition)) {
    const label = edgeLabel(definition, edge, locale);
    const arrow = edge.kind === 'always' ? '-.->' : '-->';
    lines.push(`  ${id(edge.from)} ${arrow}${label === undefined ? '' : `|${mermaidText(label)}|`} ${id(edge.target)}`);
  }
  return `${lines.join('\n')}\n`;
}

function node(id: string, title: string, definition: FormDefinition, state: string): string {
  const label = mermaidText(title);
  const view = definition.flow.states[state]?.type === 'final' ? 'summary' : stepView(definition.flow, state);
  switch (view) {
    case undefined:
    case 'declaration':
      return `${id}[${label}]`;
    case 'evidence':
    case 'anlagen':
      return `${id}[[${label}]]`;
    case 'summary':
      return `${id}([${label}])`;
    default:
      return assertNever(view);
  }
}

function edgeLabel(definition: FormDefinition, edge: FlowEdge, locale: string): string | undefined {
  const phrases = conditionPhrases(locale);
  const condition = edge.guard === undefined ? undefined : describeCondition(definition, edge.guard, locale);
  if (edge.kind === 'always') return condition === undefined ? phrases.skip : phrases.skipWhen(condition);
  if (condition !== undefined) return condition;
  // an unguarded NEXT after others is taken when none of them held
  return (edge.index ?? 0) > 0 ? phrases.otherwise : undefined;
}

function nodeId(state: string, index: number): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(state) && !reserved.has(state.toLowerCase()) ? state : `state${index}`;
}
