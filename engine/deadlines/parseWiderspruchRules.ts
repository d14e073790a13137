import { DefinitionError } from '../definition/DefinitionError';
import type { DefinitionProblem } from '../definition/DefinitionProblem';
import { parseIsoDate } from '../util/dates';
import { PERIOD_MONTHS } from './periodMonths';
import type { Delivery, WiderspruchRules } from './types';

const DELIVERIES: readonly Delivery[] = ['brief', 'portal', 'ausland'];

/**
 * Checks rule data against the shape documented in engine/deadlines/README.md and returns it
 * typed. The rules are written by a form author, so a mistake is an exception: a
 * `DefinitionError` listing every problem as `file#pointer: message`, never the first only.
 *
 * Beyond the shape it checks what would make an answer ambiguous or impossible: two
 * deemed-notification rules of one delivery whose date ranges overlap, a delivery without any
 * rule, and a period list whose last rule does not apply always.
 *
 * @param value the parsed JSON
 * @param file the file's path relative to the project, used in the messages
 * @throws DefinitionError when the data has problems
 * @example
 * import json from './widerspruchRules.json';
 * const rules = parseWiderspruchRules(json, 'engine/deadlines/widerspruchRules.json');
 */
export function parseWiderspruchRules(value: unknown, file: string): WiderspruchRules {
  const problems: DefinitionProblem[] = [];
  const report = (pointer: string, message: string): void => {
    problems.push({ file, pointer, message });
  };

  if (objectWithKeys(value, '', ['deemedNotification', 'periods', 'periodEnd', 'deadlineEnd'], [], report)) {
    checkDeemedNotification(value['deemedNotification'], report);
    checkPeriods(value['periods'], report);
    if (objectWithKeys(value['periodEnd'], '/periodEnd', ['basis'], [], report)) {
      checkBasis(value['periodEnd']['basis'], '/periodEnd/basis', report);
    }
    const end = value['deadlineEnd'];
    if (objectWithKeys(end, '/deadlineEnd', ['moveOffWeekendsAndHolidays', 'basis'], [], report)) {
      checkBoolean(end['moveOffWeekendsAndHolidays'], '/deadlineEnd/moveOffWeekendsAndHolidays', report);
      checkBasis(end['basis'], '/deadlineEnd/basis', report);
    }
  }
  if (problems.length > 0) throw new DefinitionError(problems, 'Widerspruch deadline rules');
  return value as WiderspruchRules;
}

type Report = (pointer: string, message: string) => void;
type Json = Record<string, unknown>;

function checkDeemedNotification(value: unknown, report: Report): void {
  const at = '/deemedNotification';
  if (!objectWithKeys(value, at, ['moveDeemedDayOffHolidays', 'movedBasis', 'rules'], [], report)) return;
  checkBoolean(value['moveDeemedDayOffHolidays'], `${at}/moveDeemedDayOffHolidays`, report);
  checkBasis(value['movedBasis'], `${at}/movedBasis`, report);
  const rules = value['rules'];
  if (!Array.isArray(rules) || rules.length === 0) {
    report(`${at}/rules`, 'expected a non-empty array of deemed-notification rules');
    return;
  }
  const ids = new Set<string>();
  const ranges: { delivery: string; from: string; until: string; index: number }[] = [];
  rules.forEach((rule: unknown, index) => {
    const here = `${at}/rules/${index}`;
    if (!objectWithKeys(rule, here, ['id', 'delivery', 'after', 'basis'], ['from', 'until', 'note'], report)) return;
    checkId(rule['id'], `${here}/id`, ids, report);
    const delivery = rule['delivery'];
    const knownDelivery = checkDelivery(delivery, `${here}/delivery`, report);
    const from = optionalDate(rule['from'], `${here}/from`, report);
    const until = optionalDate(rule['until'], `${here}/until`, report);
    if (typeof from === 'string' && typeof until === 'string' && from > until) {
      report(`${here}/until`, `"until" ${until} lies before "from" ${from}; swap them`);
    } else if (knownDelivery && from !== null && until !== null) {
      // '' and '9999-12-31' stand for the open ends, so ISO strings compare as dates
      ranges.push({ delivery: delivery as string, from: from ?? '', until: until ?? '9999-12-31', index });
    }
    const after = rule['after'];
    if (objectWithKeys(after, `${here}/after`, ['count', 'unit'], [], report)) {
      const count = after['count'];
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
        report(`${here}/after/count`, `expected a whole number of at least 1, got ${JSON.stringify(count)}`);
      }
      if (after['unit'] !== 'days' && after['unit'] !== 'months') {
        report(`${here}/after/unit`, `expected "days" or "months", got ${JSON.stringify(after['unit'])}`);
      }
    }
    checkBasis(rule['basis'], `${here}/basis`, report);
    checkNote(rule['note'], `${here}/note`, report);
  });
  for (const delivery of DELIVERIES) {
    const own = ranges.filter((range) => range.delivery === delivery);
    if (own.length === 0 && ranges.length > 0) {
      report(`${at}/rules`, `no rule for delivery "${delivery}"; add one so that every delivery has a deemed day`);
    }
    own.forEach((a, i) => {
      for (const b of own.slice(i + 1)) {
        if (a.from <= b.until && b.from <= a.until) {
          report(`${at}/rules/${b.index}`, `overlaps rule ${a.index} for delivery "${delivery}"; give them disjoint "from"/"until" ranges`);
        }
      }
    });
  }
}

function checkPeriods(value: unknown, report: Report): void {
  if (!Array.isArray(value) || value.length === 0) {
    report('/periods', 'expected a non-empty array of period rules');
    return;
  }
  const ids = new Set<string>();
  value.forEach((rule: unknown, index) => {
    const here = `/periods/${index}`;
    if (!objectWithKeys(rule, here, ['id', 'when', 'period', 'basis'], ['note'], report)) return;
    checkId(rule['id'], `${here}/id`, ids, report);
    const period = rule['period'];
    if (typeof period !== 'string' || !Object.hasOwn(PERIOD_MONTHS, period)) {
      report(`${here}/period`, `unknown period ${JSON.stringify(period)}; known: ${Object.keys(PERIOD_MONTHS).join(', ')}`);
    }
    checkBasis(rule['basis'], `${here}/basis`, report);
    checkNote(rule['note'], `${here}/note`, report);
    const when = rule['when'];
    if (!objectWithKeys(when, `${here}/when`, [], ['rechtsbehelfsbelehrung', 'delivery'], report)) return;
    if (when['rechtsbehelfsbelehrung'] !== undefined) {
      checkBoolean(when['rechtsbehelfsbelehrung'], `${here}/when/rechtsbehelfsbelehrung`, report);
    }
    const deliveries = when['delivery'];
    if (deliveries !== undefined) {
      if (!Array.isArray(deliveries) || deliveries.length === 0) {
        report(`${here}/when/delivery`, `expected a non-empty array of deliveries (${DELIVERIES.join(', ')})`);
      } else {
        deliveries.forEach((delivery: unknown, i) => checkDelivery(delivery, `${here}/when/delivery/${i}`, report));
      }
    }
    if (index === value.length - 1 && Object.keys(when).length > 0) {
      report(`${here}/when`, 'the last period rule must apply always ("when": {}), so that every Bescheid gets a period');
    }
  });
}

function objectWithKeys(value: unknown, at: string, required: string[], optional: string[], report: Report): value is Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report(at, `expected an object with ${required.length > 0 ? required.join(', ') : 'optional ' + optional.join(', ')}`);
    return false;
  }
  for (const key of required) {
    if (!(key in value)) report(at, `missing "${key}"`);
  }
  const known = new Set([...required, ...optional, '$comment']);
  for (const key of Object.keys(value)) {
    if (!known.has(key)) report(`${at}/${key}`, `unknown property "${key}"; known: ${[...known].join(', ')}`);
  }
  return true;
}

function checkId(value: unknown, at: string, ids: Set<string>, report: Report): void {
  if (typeof value !== 'string' || value === '') report(at, 'expected a non-empty string id');
  else if (ids.has(value)) report(at, `duplicate id "${value}"; ids must be unique`);
  else ids.add(value);
}

function checkDelivery(value: unknown, at: string, report: Report): boolean {
  if (typeof value === 'string' && (DELIVERIES as readonly string[]).includes(value)) return true;
  report(at, `unknown delivery ${JSON.stringify(value)}; known: ${DELIVERIES.join(', ')}`);
  return false;
}

/** undefined when absent, null when present but invalid (reported), else the date */
function optionalDate(value: unknown, at: string, report: Report): string | undefined | null {
  if (value === undefined) return undefined;
  if (parseIsoDate(value)) return value as string;
  report(at, `expected a date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return null;
}

function checkBoolean(value: unknown, at: string, report: Report): void {
  if (typeof value !== 'boolean') report(at, `expected true or false, got ${JSON.stringify(value)}`);
}

function checkBasis(value: unknown, at: string, report: Report): void {
  if (!Array.isArray(value) || value.length === 0 || !value.every((item) => typeof item === 'string' && item !== '')) {
    report(at, 'expected a non-empty array of legal references such as "§ 84 Abs. 1 SGG"');
  }
}

function checkNote(value: unknown, at: string, report: Report): void {
  if (value !== undefined && typeof value !== 'string') report(at, 'expected a string');
}
