import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSplits } from '../../../../src/commission/_lib/prepare/parseSplits';
import { SplitIndex } from '../../../../src/commission/_lib/prepare/splitIndex';

// An order-level split's entry is its input index.
const entry = (index: number) => index;

/** Adds each id the first time it is seen (as `parseSplits` does), returning the index. */
function indexOf(ids: readonly string[]): SplitIndex {
  const index = new SplitIndex();
  ids.forEach((id, i) => {
    if (index.lookup(id) === undefined) index.add(id, entry(i));
  });
  return index;
}

describe('SplitIndex (internal)', () => {
  it('finds ids given in ascending order, and out of it', () => {
    const index = indexOf(['O-1', 'O-2', 'O-4', 'O-3', 'O-2']);
    expect(index.keys).toEqual(['O-1', 'O-2', 'O-4', 'O-3']);
    expect(index.find('O-2')).toBe(1);
    expect(index.get('O-3')).toEqual(entry(3));
    expect(index.has('O-5')).toBe(false);
  });

  it('numbers the payees of each split in order of first sight, sorted by payee id', () => {
    const index = parseSplits(
      [
        {
          orderId: 'O-1',
          splits: [
            { payeeId: 'B', percent: '60' },
            { payeeId: 'A', percent: '40' },
          ],
        },
        {
          orderId: 'O-2',
          splits: [
            { payeeId: 'C', percent: '50' },
            { payeeId: 'B', percent: '50' },
          ],
        },
      ],
      'trusted',
    );
    expect(index.payeeNames).toEqual(['A', 'B', 'C']);
    const payees = (i: number) =>
      Array.from(index.payeeList.subarray(index.payeeFrom[i], (index.payeeFrom[i] as number) + 2));
    expect([payees(0), payees(1)]).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('rejects a second order-level split of an order met out of order', () => {
    const split = (orderId: string) => ({
      orderId,
      splits: [
        { payeeId: 'A', percent: '50' },
        { payeeId: 'B', percent: '50' },
      ],
    });
    expect(() => parseSplits([split('O-2'), split('O-1'), split('O-2')], 'trusted')).toThrow(
      'one split per order',
    );
  });

  describe('properties', () => {
    it('answers as a map from ids to their first position, whatever the order', () => {
      const id = fc.constantFrom('O-1', 'O-2', 'O-3', 'O-4', 'O-5', 'O-6');
      fc.assert(
        fc.property(
          fc.array(id, { maxLength: 16 }),
          fc.array(id, { maxLength: 8 }),
          (ids, asks) => {
            const index = indexOf(ids);
            const model = new Map<string, number>();
            for (const x of ids) if (!model.has(x)) model.set(x, model.size);
            expect(index.size).toBe(model.size);
            for (const x of asks) expect(index.find(x)).toBe(model.get(x) ?? -1);
            const seen: string[] = [];
            index.forEach((_, key) => {
              seen.push(key);
            });
            expect(seen).toEqual([...model.keys()]);
          },
        ),
        { numRuns: 300 },
      );
    });
  });
});
