import type { Period } from './types';

/**
 * The length of each period in months. A year counts as twelve months, which gives the same
 * end day as § 64 Abs. 2 SGG's "the day of the last month with the same number" for years too
 * (29 February + 1 year ends on 28 February).
 *
 * @example
 * PERIOD_MONTHS['3 months']; // 3
 */
export const PERIOD_MONTHS: Readonly<Record<Period, number>> = {
  '1 month': 1,
  '3 months': 3,
  '1 year': 12,
};
