import { isRecord, own, type JsonObject } from './json';

export type Verdict = 'always' | 'never' | 'maybe';

/** A part of a condition that can never hold by itself (not merely because a part of it cannot). */
export interface NeverFinding {
  rule: 'condition-never-holds' | 'contradictory-condition';
  /** JSON pointer of the part, relative to the condition analysed */
  pointer: string;
  message: string;
}

export interface ConditionAnalysis {
  verdict: Verdict;
  /** every part that can never hold by itself, outermost first */
  findings: NeverFinding[];
}

/**
 * What can be told about a (well-shaped) condition without any answers: `never` when no answers
 * make it hold, `always` when every answers do, else `maybe`; and which parts cause a `never`.
 * Knows: `always`, `not`, `and`/`or`, `some` (through `where`), `compare` of two literal values or
 * of an operand with itself, and contradictions between the parts of one `and` on the same path
 * (`equals`/`oneOf`, their negations, `answered`), checked pair by pair. Values outside an enum are
 * left to checkCondition (reported as `unknown-enum-value`, the likelier mistake: a typo).
 *
 * @example
 * conditionVerdict({ type: 'not', condition: { type: 'always' } });
 * // { verdict: 'never', findings: [{ rule: 'condition-never-holds', pointer: '', message: '"not" of a condition that always holds never holds' }] }
 */
export function conditionVerdict(condition: unknown): ConditionAnalysis {
  const findings: NeverFinding[] = [];
  const verdict = analyse(condition, '', findings);
  return { verdict, findings };
}

function analyse(node: unknown, at: string, findings: NeverFinding[]): Verdict {
  if (!isRecord(node)) return 'maybe';
  switch (own(node, 'type')) {
    case 'always':
      return 'always';
    case 'not': {
      const inner = analyse(own(node, 'condition'), `${at}/condition`, findings);
      if (inner === 'always') {
        findings.push({ rule: 'condition-never-holds', pointer: at, message: '"not" of a condition that always holds never holds' });
        return 'never';
      }
      return inner === 'never' ? 'always' : 'maybe';
    }
    case 'and': {
      const parts = children(node, at);
      const verdicts = parts.map(([child, pointer]) => analyse(child, pointer, findings));
      if (verdicts.includes('never')) return 'never';
      const contradiction = contradictionIn(flatten(node, at));
      if (contradiction) {
        findings.push({ rule: 'contradictory-condition', pointer: at, message: contradiction });
        return 'never';
      }
      return verdicts.every((verdict) => verdict === 'always') ? 'always' : 'maybe';
    }
    case 'or': {
      const verdicts = children(node, at).map(([child, pointer]) => analyse(child, pointer, findings));
      if (verdicts.includes('always')) return 'always';
      return verdicts.every((verdict) => verdict === 'never') ? 'never' : 'maybe';
    }
    case 'some':
      return analyse(own(node, 'where'), `${at}/where`, findings) === 'never' ? 'never' : 'maybe';
    case 'compare':
      return compareVerdict(node, at, findings);
    default:
      return 'maybe';
  }
}

function children(node: JsonObject, at: string): [unknown, string][] {
  const list = own(node, 'conditions');
  return Array.isArray(list) ? list.map((child, index) => [child, `${at}/conditions/${index}`]) : [];
}

/** The parts of an `and`, with nested `and`s merged in (they constrain the same answers). */
function flatten(node: JsonObject, at: string): [JsonObject, string][] {
  return children(node, at).flatMap(([child, pointer]) =>
    isRecord(child) && own(child, 'type') === 'and' ? flatten(child, pointer) : isRecord(child) ? [[child, pointer] as [JsonObject, string]] : [],
  );
}

/** What one part says about the answer at its path. */
interface Atom {
  path: string;
  pointer: string;
  /** the answer is one of these */
  allowed?: string[];
  /** the answer is none of these */
  excluded?: string[];
  answered?: boolean;
  text: string;
}

function atomOf(part: JsonObject, pointer: string): Atom | undefined {
  const type = own(part, 'type');
  const show = (values: unknown[]) => values.map((value) => JSON.stringify(value)).join(', ');
  if (type === 'not') {
    const inner = own(part, 'condition');
    const atom = isRecord(inner) ? atomOf(inner, pointer) : undefined;
    if (!atom) return undefined;
    if (atom.allowed) return { path: atom.path, pointer, excluded: atom.allowed, text: `is not ${atom.allowed.length === 1 ? atom.allowed[0] : `one of ${atom.allowed.join(', ')}`}` };
    if (atom.answered !== undefined) return { path: atom.path, pointer, answered: !atom.answered, text: atom.answered ? 'is not answered' : 'is answered' };
    return undefined;
  }
  const path = own(part, 'path');
  if (typeof path !== 'string') return undefined;
  if (type === 'equals') return { path, pointer, allowed: [JSON.stringify(own(part, 'value'))], text: `equals ${show([own(part, 'value')])}` };
  if (type === 'oneOf') {
    const values = own(part, 'values');
    if (!Array.isArray(values)) return undefined;
    return { path, pointer, allowed: values.map((value) => JSON.stringify(value)), text: `is one of ${show(values)}` };
  }
  if (type === 'answered') return { path, pointer, answered: true, text: 'is answered' };
  return undefined;
}

const EMPTY = new Set([undefined, 'null', '""', '[]']);

function conflict(a: Atom, b: Atom): boolean {
  if (a.allowed && b.allowed && !a.allowed.some((value) => b.allowed?.includes(value))) return true;
  if (a.allowed && b.excluded && a.allowed.every((value) => b.excluded?.includes(value))) return true;
  if (a.answered !== undefined && b.answered !== undefined && a.answered !== b.answered) return true;
  // "not answered" leaves only empty answers; an equals/oneOf of non-empty values cannot match those
  if (a.answered === false && b.allowed && b.allowed.every((value) => !EMPTY.has(value))) return true;
  return false;
}

function contradictionIn(parts: [JsonObject, string][]): string | undefined {
  const atoms = parts.map(([part, pointer]) => atomOf(part, pointer)).filter((atom): atom is Atom => atom !== undefined);
  for (const [index, a] of atoms.entries()) {
    for (const b of atoms.slice(index + 1)) {
      if (a.path !== b.path || !(conflict(a, b) || conflict(b, a))) continue;
      return `"${a.path}" ${a.text} (${a.pointer || '/'}) and ${b.text} (${b.pointer}): both cannot hold at once`;
    }
  }
  return undefined;
}

function compareVerdict(node: JsonObject, at: string, findings: NeverFinding[]): Verdict {
  const left = own(node, 'left');
  const right = own(node, 'right');
  const op = own(node, 'op');
  if (!isRecord(left) || !isRecord(right) || typeof op !== 'string') return 'maybe';
  const literal = (operand: JsonObject) => Object.prototype.hasOwnProperty.call(operand, 'value') && Object.keys(operand).length === 1;
  if (literal(left) && literal(right)) {
    const holds = compareValues(left['value'], op, right['value']);
    if (holds === undefined || holds) return holds ? 'always' : 'maybe';
    findings.push({ rule: 'condition-never-holds', pointer: at, message: `compares two fixed values, ${JSON.stringify(left['value'])} ${op} ${JSON.stringify(right['value'])}, which is never true` });
    return 'never';
  }
  if (JSON.stringify(left) === JSON.stringify(right) && ['<', '>', '!='].includes(op)) {
    findings.push({ rule: 'condition-never-holds', pointer: at, message: `compares ${JSON.stringify(left)} with itself by "${op}", which is never true` });
    return 'never';
  }
  return 'maybe';
}

function compareValues(left: unknown, op: string, right: unknown): boolean | undefined {
  if (op === '==') return JSON.stringify(left) === JSON.stringify(right);
  if (op === '!=') return JSON.stringify(left) !== JSON.stringify(right);
  const comparable = (typeof left === 'number' && typeof right === 'number') || (typeof left === 'string' && typeof right === 'string');
  if (!comparable) return undefined;
  const [a, b] = [left as number | string, right as number | string];
  switch (op) {
    case '<': return a < b;
    case '<=': return a <= b;
    case '>': return a > b;
    case '>=': return a >= b;
    default: return undefined;
  }
}
