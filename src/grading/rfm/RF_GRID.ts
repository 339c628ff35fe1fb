import type { SegmentTable } from './SegmentTable';

const between = (fact: 'r' | 'f', low: number, high: number) =>
  low === high
    ? { fact, operator: 'eq' as const, value: low }
    : { fact, operator: 'between' as const, value: [low, high] as [number, number] };

const cell = (segment: string, r: [number, number], f: [number, number]) => ({
  segment,
  when: { all: [between('r', r[0], r[1]), between('f', f[0], f[1])] },
});

/**
 * The 10-segment R×F grid on scores 1–5 (DOMAIN §4), as data: the segment map widely used in RFM
 * notebooks (`seg_map`: `[1-2][1-2]` hibernating, `[1-2][3-4]` at risk, `[1-2]5` can't lose,
 * `3[1-2]` about to sleep, `33` need attention, `[3-4][4-5]` loyal, `41` promising, `51` new,
 * `[4-5][2-3]` potential loyalists, `5[4-5]` champions). The cells do not overlap and cover all
 * 25 (R, F) pairs of 1–5 scores; other scores (bins of 4) fall to `other`.
 *
 * @example
 * ```ts
 * RF_GRID.rules.map((rule) => rule.segment).slice(0, 3);
 * //=> ['hibernating', 'at-risk', 'cannot-lose']
 * ```
 */
export const RF_GRID: SegmentTable = Object.freeze({
  rules: [
    cell('hibernating', [1, 2], [1, 2]),
    cell('at-risk', [1, 2], [3, 4]),
    cell('cannot-lose', [1, 2], [5, 5]),
    cell('about-to-sleep', [3, 3], [1, 2]),
    cell('need-attention', [3, 3], [3, 3]),
    cell('loyal', [3, 4], [4, 5]),
    cell('promising', [4, 4], [1, 1]),
    cell('new', [5, 5], [1, 1]),
    cell('potential-loyalists', [4, 5], [2, 3]),
    cell('champions', [5, 5], [4, 5]),
  ],
  default: 'other',
});
