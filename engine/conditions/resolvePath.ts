import { getAt } from '../util/pointer';
import type { ConditionScope } from './types';

/**
 * The value a condition path points at: `/a/b` from the answers root, `./a/b` from the current
 * item (`scope.item`: the element of a `forEach` rule or of a `some`/`count`), and `.` for the
 * item itself (useful inside `some` over an array of strings). Missing values are undefined.
 *
 * @example
 * resolvePath('/umzug/plz', { answers: { umzug: { plz: '10115' } }, today: '2026-03-10' }); // '10115'
 * resolvePath('./name', { answers: {}, item: { name: 'Ada' }, today: '2026-03-10' });      // 'Ada'
 */
export function resolvePath(path: string, scope: ConditionScope): unknown {
  if (typeof path !== 'string') {
    throw new Error(`condition path must be a string, got ${JSON.stringify(path)}`);
  }
  if (path === '.') return scope.item;
  if (path.startsWith('./')) return getAt(scope.item, path.slice(1));
  if (path.startsWith('/')) return getAt(scope.answers, path);
  throw new Error(
    `condition path "${path}" must start with "/" (from the answers root) or "./" (from the current item)`,
  );
}
