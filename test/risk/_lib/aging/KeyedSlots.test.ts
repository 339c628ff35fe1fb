import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyedSlots } from '../../../../src/risk/_lib/aging/KeyedSlots';

/** A table over ids the test keeps, as the receivable book keeps its invoices. */
function keyed(maxProbes?: number): { slots: KeyedSlots; slotOf: (id: string) => number } {
  const keys: string[] = [];
  const slots = new KeyedSlots((slot) => keys[slot] as string, maxProbes);
  return {
    slots,
    slotOf: (id) => {
      const slot = slots.slotOf(id);
      if (slot === keys.length) keys.push(id);
      return slot;
    },
  };
}

/** The reference: a Map giving each new id the next slot. */
function reference(ids: readonly string[]): { slots: number[]; found: (id: string) => number } {
  const map = new Map<string, number>();
  const slots = ids.map((id) => {
    if (!map.has(id)) map.set(id, map.size);
    return map.get(id) as number;
  });
  return { slots, found: (id) => map.get(id) ?? -1 };
}

describe('KeyedSlots', () => {
  it('gives slots first seen first, the same slot to the same characters', () => {
    const { slots, slotOf } = keyed();
    const ids = ['C-1', 'C-2', `C-${1}`, '', 'é', 'e\u0301', 'C-2', '客户-1', ''];
    expect(ids.map(slotOf)).toEqual([0, 1, 0, 2, 3, 4, 1, 5, 2]);
    expect([slots.find('C-2'), slots.find('C-3'), slots.find('C-')]).toEqual([1, -1, -1]);
    expect(slots.size).toBe(6);
  });

  it('grows past its first table, with and without room reserved', () => {
    for (const reserve of [0, 3_000, 10_000]) {
      const { slots, slotOf } = keyed();
      slots.reserve(reserve);
      const ids = Array.from({ length: 5_000 }, (_, i) => `I-${i}`);
      expect(ids.map(slotOf)).toEqual(ids.map((_, i) => i));
      expect(ids.map((id) => slots.find(`${id}`))).toEqual(ids.map((_, i) => i));
      expect(slots.find('I-5000')).toBe(-1);
    }
  });

  describe('properties', () => {
    const id = fc.oneof(
      fc.string({ maxLength: 4 }),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
      fc.integer({ min: 0, max: 40 }).map((n) => `C-${n}`),
    );

    it('agrees with a Map, with and without the Map fallback, room reserved or not', () => {
      fc.assert(
        fc.property(
          fc.array(id, { maxLength: 300 }),
          fc.array(id, { maxLength: 20 }),
          fc.nat(300),
          fc.nat(2_000),
          (ids, probes, at, count) => {
            const expected = reference(ids);
            // One probe turns the table to a Map at the first collision.
            for (const maxProbes of [undefined, 1, 2]) {
              const { slots, slotOf } = keyed(maxProbes);
              const got = ids.map((x, i) => {
                if (i === at) slots.reserve(count);
                return slotOf(x);
              });
              expect(got).toEqual(expected.slots);
              expect(probes.map((x) => slots.find(x))).toEqual(probes.map(expected.found));
              expect(slots.size).toBe(new Set(ids).size);
            }
          },
        ),
        { numRuns: 100 },
      );
    });
  });
});
