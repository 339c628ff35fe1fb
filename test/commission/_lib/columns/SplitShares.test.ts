import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SplitShares } from '../../../../src/commission/_lib/columns/SplitShares';
import { Interner } from '../../../../src/commission/_lib/exact/Column';
import { parseSplits } from '../../../../src/commission/_lib/prepare/parseSplits';

function shares(orderIds: readonly string[]): SplitShares {
  const splits = orderIds.map((orderId) => ({
    orderId,
    splits: [
      { payeeId: 'A', percent: '60' },
      { payeeId: 'B', percent: '40' },
    ],
  }));
  return new SplitShares(parseSplits(splits, 'trusted'), new Interner());
}

/** The model: the first index of each id, in a map. */
function firstSeen(ids: readonly string[]): number[] {
  const seen = new Map<string, number>();
  return ids.map((id, i) => {
    const first = seen.get(id);
    if (first !== undefined) return first;
    seen.set(id, i);
    return -1;
  });
}

describe('SplitShares.claim (internal)', () => {
  it('finds a repeated order id met in split order, out of it, or both', () => {
    const claimed = shares(['O-1', 'O-2', 'O-3']);
    const ids = ['O-1', 'O-2', 'X', 'O-1', 'O-3', 'X'];
    expect(ids.map((id, i) => claimed.claim(id, i))).toEqual([-1, -1, -1, 0, -1, 2]);
  });

  describe('properties', () => {
    it('answers as a map of first indexes does, whatever the order of orders and splits', () => {
      const id = fc.constantFrom('O-1', 'O-2', 'O-3', 'O-4', 'O-5', 'O-6');
      fc.assert(
        fc.property(fc.uniqueArray(id), fc.array(id, { maxLength: 12 }), (keys, orders) => {
          const claimed = shares(keys);
          // Each id is claimed until its first repeat (where a run stops with an error).
          const model = firstSeen(orders);
          const stop = model.findIndex((first) => first >= 0);
          const upTo = stop < 0 ? orders.length : stop + 1;
          const got = orders.slice(0, upTo).map((o, i) => claimed.claim(o, i));
          expect(got).toEqual(model.slice(0, upTo));
        }),
        { numRuns: 300 },
      );
    });
  });
});
