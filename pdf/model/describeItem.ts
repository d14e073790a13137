import { getAt } from '../../engine/util/pointer';
import type { Answers } from '../../engine/definition/types';
import { findPersonName } from './findPersonName';

/**
 * Who a per-item Anlage or Nachweis is for: the person's name when the item of the rule's
 * `forEach` array holds one, else its position ("Nr. 2"). Undefined for rules that apply once.
 *
 * @example
 * describeItem({ haushalt: { personen: [{ vorname: 'Ada', nachname: 'Nowak' }] } }, '/haushalt/personen', 0) // → 'Ada Nowak'
 */
export function describeItem(answers: Answers, forEach: string | undefined, item: number | undefined): string | undefined {
  if (item === undefined) return undefined;
  const list = forEach === undefined ? undefined : getAt(answers, forEach);
  const entry = Array.isArray(list) ? (list[item] as unknown) : undefined;
  return findPersonName(entry) ?? `Nr. ${item + 1}`;
}
