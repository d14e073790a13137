import { isLand, laender } from './laender';
import { problemResult } from './problemResult';
import type { DeadlineResult, Land } from './types';

/**
 * Checks a Land code: one of the 16, exactly as `laender` lists them.
 *
 * @example
 * readLand('BY'); // { ok: true, value: 'BY' }
 * readLand('Bayern'); // { ok: false, problem: { code: 'unknown-land', field: 'land', … } }
 */
export function readLand(value: unknown, field = 'land'): DeadlineResult<Land> {
  if (isLand(value)) return { ok: true, value };
  const shown = value === undefined ? 'nothing' : JSON.stringify(value);
  return problemResult('unknown-land', field, `${field}: expected a Land code, got ${shown}; known: ${laender.map((land) => land.code).join(', ')}`);
}
