import { civilFromDays } from '../../../_lib/civil';

/**
 * Internal: whole years from day `from` to day `to` (≥ `from`; or its `[year, month, day]`),
 * counted by anniversaries: a year
 * is complete on the same month and day. A 29 February start completes its years on 1 March in
 * common years (as date-fns `differenceInYears`).
 */
export function wholeYears(from: number, to: number | readonly [number, number, number]): number {
  const [y1, m1, d1] = civilFromDays(from);
  const [y2, m2, d2] = typeof to === 'number' ? civilFromDays(to) : to;
  const before = m2 < m1 || (m2 === m1 && d2 < d1);
  return y2 - y1 - (before ? 1 : 0);
}
