import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largestRemainderOrder, SMALL } from '../../../src/money/_lib/largestRemainder';

/** The rule as it was written before there was one routine: one unit at a time, rescanning. */
function oneAtATime(remainders: readonly number[], left: number): number[] {
  const given = remainders.map(() => false);
  for (let unit = 0; unit < left; unit += 1) {
    let best = -1;
    for (let i = 0; i < remainders.length; i += 1)
      if (!given[i] && (best < 0 || (remainders[i] as number) > (remainders[best] as number)))
        best = i;
    given[best] = true;
  }
  return given.flatMap((g, i) => (g ? [i] : []));
}

const larger = (remainders: readonly number[]) => (i: number, j: number) =>
  (remainders[j] as number) - (remainders[i] as number);

describe('largestRemainderOrder (internal)', () => {
  it('hands the units left to the largest remainders, ties to the earlier share', () => {
    fc.assert(
      fc.property(
        // Few distinct values, so ties are common; lengths on both sides of SMALL.
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 3 * SMALL }),
        fc.nat(),
        (remainders, pick) => {
          const left = pick % (remainders.length + 1);
          const order = largestRemainderOrder(remainders.length, larger(remainders));
          const chosen = Array.from(order.subarray(0, left)).sort((a, b) => a - b);
          expect(chosen).toEqual(oneAtATime(remainders, left));
          expect(Array.from(order).sort((a, b) => a - b)).toEqual(remainders.map((_, i) => i));
        },
      ),
    );
  });

  it('orders ties by index and reuses a buffer that is long enough', () => {
    const buffer = new Int32Array(8);
    const order = largestRemainderOrder(4, larger([1, 3, 1, 3]), buffer);
    expect(order).toBe(buffer);
    expect(Array.from(order.subarray(0, 4))).toEqual([1, 3, 0, 2]);
    const wider = largestRemainderOrder(20, larger(Array.from({ length: 20 }, (_, i) => i % 2)));
    expect(Array.from(wider.subarray(0, 3))).toEqual([1, 3, 5]);
  });
});
