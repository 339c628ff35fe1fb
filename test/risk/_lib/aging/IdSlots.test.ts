import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdSlots } from '../../../../src/risk/_lib/aging/IdSlots';

/** The reference: a Map giving each new id the next slot. */
function reference(ids: readonly string[]): { slots: number[]; found: (id: string) => number } {
  const map = new Map<string, number>();
  const slots = ids.map((id) => {
    if (!map.has(id)) map.set(id, map.size);
    return map.get(id) as number;
  });
  return { slots, found: (id) => map.get(id) ?? -1 };
}

describe('IdSlots', () => {
  it('gives slots first seen first, the same slot to the same characters', () => {
    const slots = new IdSlots();
    const ids = ['C-1', 'C-2', `C-${1}`, '', 'é', 'e\u0301', 'C-2', '客户-1', ''];
    expect(ids.map((id) => slots.slotOf(id))).toEqual([0, 1, 0, 2, 3, 4, 1, 5, 2]);
    expect(slots.ids).toEqual(['C-1', 'C-2', '', 'é', 'e\u0301', '客户-1']);
    expect([slots.find('C-2'), slots.find('C-3'), slots.find('C-')]).toEqual([1, -1, -1]);
  });

  it('grows past its first table and pool, and long ids', () => {
    const slots = new IdSlots();
    const ids = Array.from({ length: 5_000 }, (_, i) => `${'x'.repeat(i % 7 === 0 ? 40 : 1)}-${i}`);
    expect(ids.map((id) => slots.slotOf(id))).toEqual(ids.map((_, i) => i));
    expect(ids.map((id) => slots.find(`${id}`))).toEqual(ids.map((_, i) => i));
    expect(slots.find('x-5000')).toBe(-1);
  });

  describe('properties', () => {
    const id = fc.oneof(
      fc.string({ maxLength: 4 }),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
      fc.integer({ min: 0, max: 40 }).map((n) => `C-${n}`),
    );

    it('agrees with a Map, with and without the Map fallback', () => {
      fc.assert(
        fc.property(
          fc.array(id, { maxLength: 300 }),
          fc.array(id, { maxLength: 20 }),
          (ids, probes) => {
            const expected = reference(ids);
            // One probe turns the table to a Map at the first collision.
            for (const slots of [new IdSlots(), new IdSlots(1)]) {
              expect(ids.map((x) => slots.slotOf(x))).toEqual(expected.slots);
              expect(probes.map((x) => slots.find(x))).toEqual(probes.map(expected.found));
              expect(new Set(slots.ids).size).toBe(slots.ids.length);
              expect(slots.size).toBe(slots.ids.length);
            }
            // Without the list of ids: the fallback Map reads them back from the pool.
            for (const slots of [new IdSlots(undefined, false), new IdSlots(1, false)]) {
              expect(ids.map((x) => slots.slotOf(x))).toEqual(expected.slots);
              expect(probes.map((x) => slots.find(x))).toEqual(probes.map(expected.found));
              expect([slots.ids.length, slots.size]).toEqual([0, new Set(ids).size]);
            }
          },
        ),
        { numRuns: 100 },
      );
    });

    it('gives the same slots when room is reserved before or between the ids', () => {
      fc.assert(
        fc.property(
          fc.array(id, { maxLength: 300 }),
          fc.nat(300),
          fc.nat(2_000),
          (ids, at, count) => {
            const expected = reference(ids);
            for (const slots of [new IdSlots(), new IdSlots(1), new IdSlots(2, false)]) {
              const got = ids.map((x, i) => {
                if (i === at) slots.reserve(count);
                return slots.slotOf(x);
              });
              expect(got).toEqual(expected.slots);
              expect(ids.map((x) => slots.find(x))).toEqual(ids.map(expected.found));
            }
          },
        ),
        { numRuns: 100 },
      );
    });
  });
});
