import json from './widerspruchRules.json';
import { parseWiderspruchRules } from './parseWiderspruchRules';
import type { WiderspruchRules } from './types';

/**
 * The rules the engine applies unless a caller passes its own: `widerspruchRules.json`, checked
 * when this module loads, so a broken edit of the file fails every test at once with the file,
 * the JSON pointer and the fix.
 *
 * @example
 * widerspruchRules.deemedNotification.moveDeemedDayOffHolidays; // false
 */
export const widerspruchRules: WiderspruchRules = parseWiderspruchRules(json, 'engine/deadlines/widerspruchRules.json');
