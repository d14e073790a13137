import type { DefinitionProblem } from '../DefinitionProblem';
import type { FormFiles } from '../FormFiles';
import type { RuleId } from '../lintRules';
import { problem } from '../problem';
import { checkCondition } from './checkCondition';
import { conditionVerdict } from './conditionVerdict';
import { flowCycles, type Edge } from './flowCycles';
import { flowStates } from './flowStates';
import { escapeToken, isRecord, listing, own } from './json';
import { conditionRoot } from './conditionRoot';

const VIEWS = ['evidence', 'summary', 'declaration', 'anlagen'];

/**
 * Problems of `flow.json`: the machine's shape (NEXT and eventless `always` transitions only,
 * guards `{ "type": "when", "params": <condition> }`), every target and the initial state exist,
 * exactly one final state and it is the summary, no dead ends, every state reachable from the
 * initial one, and every guard's condition (via checkCondition).
 *
 * @example
 * checkFlow(files);
 * // [{ file: 'forms/vaem/flow.json', pointer: '/states/x/on/NEXT/0/target', message: 'unknown step "y"; known: a, b' }]
 */
export function checkFlow(files: FormFiles): DefinitionProblem[] {
  const file = `${files.dir}/flow.json`;
  const flow = files.flow;
  const problems: DefinitionProblem[] = [];
  const report = (pointer: string, message: string, rule: RuleId = 'invalid-flow', fix?: string): void => {
    problems.push(problem(rule, file, pointer, message, fix));
  };
  if (flow === undefined) return problems;
  if (!isRecord(flow)) return [problem('invalid-flow', file, '', 'must be an object { "id", "initial", "states" }')];

  for (const key of Object.keys(flow)) {
    if (!['id', 'initial', 'states', '$comment'].includes(key)) report(`/${escapeToken(key)}`, `unknown property "${key}"; allowed: id, initial, states`);
  }
  if (typeof own(flow, 'id') !== 'string') report('/id', 'must be a string (the form id)');
  const statesValue = own(flow, 'states');
  if (!isRecord(statesValue) || Object.keys(statesValue).length === 0) {
    report('/states', 'must be an object with one state per step');
    return problems;
  }
  const ids = Object.keys(statesValue);
  const known = listing(ids);
  const initial = own(flow, 'initial');
  if (typeof initial !== 'string') report('/initial', `must name the first step; known: ${known}`);
  else if (!ids.includes(initial)) report('/initial', `unknown step ${JSON.stringify(initial)}; known: ${known}`, 'unknown-step');

  const edges = new Map<string, Edge[]>();
  /** NEXT transitions that can fire, by state */
  const forward = new Map<string, number>();
  let unknownTarget = false;
  const finals: string[] = [];
  for (const { id, role, state } of flowStates(flow)) {
    const at = `/states/${escapeToken(id)}`;
    const targets: Edge[] = [];
    edges.set(id, targets);
    if (!isRecord(statesValue[id])) {
      report(at, 'must be an object like { "on": { "NEXT": "next-step" } }');
      continue;
    }
    for (const key of Object.keys(state)) {
      if (!['type', 'on', 'always', 'meta', '$comment'].includes(key)) report(`${at}/${escapeToken(key)}`, `unknown property "${key}"; allowed: type, on, always, meta`);
    }
    const type = own(state, 'type');
    if (type !== undefined && type !== 'final') report(`${at}/type`, `must be "final" or left out; got ${JSON.stringify(type)}`);
    const meta = own(state, 'meta');
    if (meta !== undefined) {
      if (!isRecord(meta)) report(`${at}/meta`, 'must be an object like { "view": "evidence" }');
      else {
        const allowed = ['view', 'blockWhen', 'blockMessage', 'blockParams'];
        for (const key of Object.keys(meta)) if (!allowed.includes(key)) report(`${at}/meta/${escapeToken(key)}`, `unknown property "${key}"; allowed: ${allowed.join(', ')}`);
        const view = own(meta, 'view');
        if (view !== undefined && !VIEWS.includes(view as string)) report(`${at}/meta/view`, `unknown view ${JSON.stringify(view)}; known: ${VIEWS.join(', ')}`);
        const blockWhen = own(meta, 'blockWhen');
        if (blockWhen !== undefined) {
          // a block keeps the citizen on the step with a message: both belong together
          if (typeof own(meta, 'blockMessage') !== 'string') report(`${at}/meta/blockMessage`, 'a blockWhen needs a "blockMessage": the text key of what the citizen is told');
          problems.push(...checkCondition(blockWhen, { file, pointer: `${at}/meta/blockWhen`, schema: conditionRoot(files) }));
          const blockParams = own(meta, 'blockParams');
          for (const [name, path] of Object.entries(isRecord(blockParams) ? blockParams : {})) {
            if (typeof path !== 'string') continue;
            const found = checkCondition({ type: 'answered', path }, { file, pointer: `${at}/meta/blockParams/${escapeToken(name)}`, schema: conditionRoot(files) });
            problems.push(...found.map((entry) => ({ ...entry, pointer: entry.pointer.replace(/\/path$/, '') })));
          }
        }
      }
    }
    const isFinal = type === 'final';
    if (isFinal) finals.push(id);
    if (role === 'summary' && !isFinal) report(`${at}/type`, 'the summary must be the final state: add "type": "final"');
    if (isFinal && role !== 'summary') report(`${at}/meta`, 'the final state must be the summary: add "meta": { "view": "summary" }');

    const on = own(state, 'on');
    if (on !== undefined) {
      if (!isRecord(on)) report(`${at}/on`, 'must be an object like { "NEXT": "next-step" }');
      else {
        for (const key of Object.keys(on)) if (key !== 'NEXT') report(`${at}/on/${escapeToken(key)}`, `unknown event "${key}"; flows use NEXT only`);
        if (own(on, 'NEXT') !== undefined) {
          const before = targets.length;
          transitions(own(on, 'NEXT'), `${at}/on/NEXT`, targets);
          forward.set(id, targets.length - before);
        }
      }
    }
    if (own(state, 'always') !== undefined) transitions(own(state, 'always'), `${at}/always`, targets);
    if (isFinal && targets.length > 0) report(at, 'a final state has no transitions');
    if (!isFinal && (!isRecord(on) || own(on, 'NEXT') === undefined)) {
      report(at, 'dead end: add "on": { "NEXT": … } (only the final summary state has no NEXT)', 'no-way-forward');
    } else if (!isFinal && forward.get(id) === 0 && !unknownTarget) {
      report(`${at}/on/NEXT`, 'no way forward: the guard of every NEXT transition never holds', 'no-way-forward', 'add a transition without guard as the last one');
    }
  }

  if (finals.length === 0) {
    report('/states', 'no final state; add the summary { "type": "final", "meta": { "view": "summary" } }');
  }
  for (const extra of finals.slice(1)) {
    report(`/states/${escapeToken(extra)}/type`, `a second final state; a form has exactly one, the summary (already "${finals[0]}")`);
  }
  // with a target unknown, "unreachable" would only repeat that problem for every later step
  if (typeof initial === 'string' && ids.includes(initial) && !unknownTarget) {
    const reached = new Set<string>([initial]);
    const queue = [initial];
    for (let current = queue.shift(); current !== undefined; current = queue.shift()) {
      for (const { target } of edges.get(current) ?? []) {
        if (!reached.has(target) && ids.includes(target)) {
          reached.add(target);
          queue.push(target);
        }
      }
    }
    for (const id of ids) {
      if (!reached.has(id)) report(`/states/${escapeToken(id)}`, `unreachable: no transition leads here from "${initial}"`, 'unreachable-step');
    }
    for (const cycle of flowCycles(initial, edges)) {
      report(cycle.pointer, `${cycle.path.join(' → ')} goes round in circles: the citizen can be trapped`, 'cycle', 'let every transition lead forward to the summary');
    }
  }
  return problems;

  function transitions(value: unknown, at: string, targets: Edge[]): void {
    if (Array.isArray(value)) {
      if (value.length === 0) report(at, 'must list at least one transition');
      value.forEach((transition, index) => single(transition, `${at}/${index}`, targets));
    } else {
      single(value, at, targets);
    }
  }

  function single(transition: unknown, at: string, targets: Edge[]): void {
    if (typeof transition === 'string') return target(transition, at, targets, at);
    if (!isRecord(transition)) return report(at, 'must be a step name or { "target": …, "guard": … }');
    for (const key of Object.keys(transition)) {
      if (key !== 'target' && key !== 'guard') report(`${at}/${escapeToken(key)}`, `unknown property "${key}"; allowed: target, guard`);
    }
    const guard = own(transition, 'guard');
    if (guard !== undefined) checkGuard(guard, `${at}/guard`);
    // a transition whose guard never holds never fires: it leads nowhere
    const fires = !(isRecord(guard) && conditionVerdict(own(guard, 'params')).verdict === 'never');
    const targetValue = own(transition, 'target');
    if (typeof targetValue !== 'string') report(`${at}/target`, `must name a step; known: ${known}`);
    else target(targetValue, `${at}/target`, fires ? targets : [], at);
  }

  function target(name: string, at: string, targets: Edge[], transitionAt: string): void {
    if (ids.includes(name)) {
      targets.push({ target: name, pointer: transitionAt });
      return;
    }
    unknownTarget = true;
    report(at, `unknown step ${JSON.stringify(name)}; known: ${known}`, 'unknown-step');
  }

  function checkGuard(guard: unknown, at: string): void {
    if (typeof guard === 'string' || !isRecord(guard)) {
      return report(at, 'guards are { "type": "when", "params": <condition> }', 'invalid-guard');
    }
    const type = own(guard, 'type');
    if (type !== 'when') return report(`${at}/type`, `unknown guard type ${JSON.stringify(type)}; guards are { "type": "when", "params": <condition> }`, 'invalid-guard');
    for (const key of Object.keys(guard)) {
      if (key !== 'type' && key !== 'params') report(`${at}/${escapeToken(key)}`, `unknown property "${key}"; allowed: type, params`, 'invalid-guard');
    }
    if (own(guard, 'params') === undefined) return report(at, 'missing "params": the condition the guard checks', 'invalid-guard');
    problems.push(...checkCondition(own(guard, 'params'), { file, pointer: `${at}/params`, schema: conditionRoot(files) }));
  }
}
