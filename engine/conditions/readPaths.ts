import { assertNever } from '../util/assertNever';
import { operandKind } from './operandKind';
import type { Condition, Operand } from './types';
import { unknownConditionType } from './unknownConditionType';

/**
 * Every answer path a condition reads, in order of appearance and without duplicates, so that
 * the definition checker can verify each one against the schema.
 *
 * - Absolute paths (`/umzug/datum`) are returned as written.
 * - Paths inside a `some` or `count` `where` are relative to each item of that array; they are
 *   returned below the array with the token `*` standing for "any item": inside a `some` over
 *   `/haushalt/personen`, `./geburtsdatum` is returned as the tokens haushalt, personen, `*`,
 *   geburtsdatum, and `.` as haushalt, personen, `*`.
 * - Paths still starting with `./` afterwards are relative to the item of the surrounding
 *   `forEach` rule (a checker resolves them against the rule's `forEach` array).
 *
 * Unknown condition types and operand shapes throw like in `evaluate`.
 *
 * @example
 * readPaths({ type: 'and', conditions: [
 *   { type: 'answered', path: '/umzug/datum' },
 *   { type: 'compare', left: { ageAt: './geburtsdatum' }, op: '<', right: { value: 15 } },
 * ] }); // ['/umzug/datum', './geburtsdatum']
 */
export function readPaths(condition: Condition): string[] {
  const paths: string[] = [];
  collect(condition, paths);
  return [...new Set(paths)];
}

function collect(condition: Condition, paths: string[]): void {
  if (typeof condition !== 'object' || condition === null) return unknownConditionType(condition as never);
  switch (condition.type) {
    case 'always':
      return;
    case 'equals':
    case 'oneOf':
    case 'answered':
    case 'matches':
      paths.push(condition.path);
      return;
    case 'includes':
      paths.push(condition.path);
      if ('valuePath' in condition) paths.push(condition.valuePath);
      return;
    case 'compare':
      collectOperand(condition.left, paths);
      collectOperand(condition.right, paths);
      return;
    case 'and':
    case 'or':
      for (const c of condition.conditions) collect(c, paths);
      return;
    case 'not':
      collect(condition.condition, paths);
      return;
    case 'some':
      paths.push(condition.path);
      collectWhere(condition.path, condition.where, paths);
      return;
    default:
      return unknownConditionType(condition);
  }
}

function collectOperand(operand: Operand, paths: string[]): void {
  const kind = operandKind(operand);
  switch (kind) {
    case 'value':
      return;
    case 'path':
      paths.push((operand as { path: string }).path);
      return;
    case 'ageAt':
      paths.push((operand as { ageAt: string }).ageAt);
      return;
    case 'daysFromToday':
      paths.push((operand as { daysFromToday: string }).daysFromToday);
      return;
    case 'count': {
      const { count, where } = operand as Extract<Operand, { count: string }>;
      paths.push(count);
      if (where !== undefined) collectWhere(count, where, paths);
      return;
    }
    default:
      return assertNever(kind);
  }
}

function collectWhere(arrayPath: string, where: Condition, paths: string[]): void {
  for (const path of readPaths(where)) {
    paths.push(underItems(arrayPath, path));
  }
}

function underItems(arrayPath: string, path: string): string {
  const items = `${arrayPath}/*`;
  if (path === '.') return items;
  if (path.startsWith('./')) return items + path.slice(1);
  return path;
}
