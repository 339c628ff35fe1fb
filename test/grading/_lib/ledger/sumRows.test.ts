import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type RowColumns,
  sumRowsExact,
  sumRowsFast,
} from '../../../../src/grading/_lib/ledger/sumRows';
import { ledgerOf, ledgerToJson } from '../../../../src/grading/summary';

/**
 * The ledger's fast path (two counting-sort passes that move the rows, sums added up in place)
 * against a straightforward reference: bigint sums per (customer, day) in a map.
 */
describe('sumRowsFast (internal ledger summation)', () => {
  const MAX = Number.MAX_SAFE_INTEGER;
  // Units as the builder keeps them: safe integers in canonical form (0, never −0).
  const rowsArb = fc.array(
    fc.record({
      customer: fc.integer({ min: 0, max: 6 }),
      day: fc.integer({ min: 20_000, max: 20_012 }),
      units: fc.oneof(
        fc.integer({ min: -5_000, max: 50_000 }),
        fc.constantFrom(0, MAX, -MAX, 2 ** 52, -(2 ** 52)),
      ),
    }),
    { maxLength: 60 },
  );

  /** Rows as the ledger builder keeps them: customers by first-seen index. */
  function columns(rows: ReadonlyArray<{ customer: number; day: number; units: number }>) {
    const ids: string[] = [];
    const index = new Map<number, number>();
    const customer = new Int32Array(rows.length);
    rows.forEach((row, r) => {
      if (!index.has(row.customer)) {
        index.set(row.customer, ids.length);
        ids.push(`C-${row.customer}`);
      }
      customer[r] = index.get(row.customer) as number;
    });
    const sortedIds = [...ids].sort();
    const rank = Int32Array.from(ids, (id) => sortedIds.indexOf(id));
    const columns: RowColumns = {
      currency: 'USD',
      scale: 2,
      ids,
      rows: rows.length,
      customer,
      day: Int32Array.from(rows, (row) => row.day),
      units: Float64Array.from(rows, (row) => row.units),
      big: null,
    };
    // (customer, day) order, stable: what the exact writer reads.
    const sorted = Int32Array.from(
      rows
        .map((_, r) => r)
        .sort(
          (a, b) =>
            (rank[customer[a] as number] as number) - (rank[customer[b] as number] as number) ||
            (rows[a]?.day as number) - (rows[b]?.day as number) ||
            a - b,
        ),
    );
    return { columns, rank, sortedIds, sorted };
  }

  /** The ledger's columns as plain values (bigints where a sum is not a safe integer). */
  const plain = (ledger: ReturnType<typeof sumRowsExact>) => ({
    customerIds: [...ledger.customerIds],
    offsets: [...ledger.offsets],
    days: [...ledger.days],
    purchaseUnits: Array.from(ledger.purchaseUnits as ArrayLike<number | bigint>),
    returnUnits: Array.from(ledger.returnUnits as ArrayLike<number | bigint>),
    purchaseCounts: [...ledger.purchaseCounts],
    returnCounts: [...ledger.returnCounts],
  });

  it('hands sums beyond 2^53 units to the exact writer (rows that fit, sums that do not)', () => {
    const ledger = ledgerOf(
      [
        { customerId: 'B', date: '2026-01-02', amount: '50000000000000.00' },
        { customerId: 'A', date: '2026-01-01', amount: '1.00' },
        { customerId: 'B', date: '2026-01-02', amount: '50000000000000.00' },
        { customerId: 'B', date: '2026-01-01', amount: '-2.50' },
      ],
      { currency: 'USD' },
    );
    expect(ledgerToJson(ledger).customers).toEqual([
      {
        customerId: 'A',
        days: [
          {
            date: '2026-01-01',
            purchases: '1.00',
            purchaseCount: 1,
            returns: '0.00',
            returnCount: 0,
          },
        ],
      },
      {
        customerId: 'B',
        days: [
          {
            date: '2026-01-01',
            purchases: '0.00',
            purchaseCount: 0,
            returns: '-2.50',
            returnCount: 1,
          },
          {
            date: '2026-01-02',
            purchases: '100000000000000.00',
            purchaseCount: 2,
            returns: '0.00',
            returnCount: 0,
          },
        ],
      },
    ]);
  });

  describe('properties', () => {
    it('equals bigint sums per (customer, day), or declines exactly when a sum outgrows 2^53', () => {
      fc.assert(
        fc.property(rowsArb, (rows) => {
          const { columns: c, rank, sortedIds, sorted } = columns(rows);
          const reference = new Map<string, { p: bigint; r: bigint; pc: number; rc: number }>();
          for (const row of rows) {
            const key = `C-${row.customer}|${row.day}`;
            const slot = reference.get(key) ?? { p: 0n, r: 0n, pc: 0, rc: 0 };
            if (row.units < 0) {
              slot.r += BigInt(row.units);
              slot.rc += 1;
            } else {
              slot.p += BigInt(row.units);
              slot.pc += 1;
            }
            reference.set(key, slot);
          }
          const big = BigInt(MAX);
          const outgrows = [...reference.values()].some((s) => s.p > big || -s.r > big);
          const fast = rows.length === 0 ? null : sumRowsFast(c, rank, sortedIds);
          if (rows.length > 0) expect(fast === null).toBe(outgrows);
          const exact = sumRowsExact(c, sorted);
          if (fast !== null) expect(plain(fast)).toEqual(plain(exact));
          // The exact writer against the reference.
          const slots = plain(exact);
          let slot = 0;
          slots.customerIds.forEach((id, k) => {
            for (; slot < (slots.offsets[k + 1] as number); slot += 1) {
              const s = reference.get(`${id}|${slots.days[slot]}`);
              expect(s).toBeDefined();
              expect([
                BigInt(slots.purchaseUnits[slot] as number | bigint),
                BigInt(slots.returnUnits[slot] as number | bigint),
                slots.purchaseCounts[slot],
                slots.returnCounts[slot],
              ]).toEqual([s?.p, s?.r, s?.pc, s?.rc]);
            }
          });
          expect(slot).toBe(reference.size);
        }),
        { numRuns: 300 },
      );
    });

    it('leaves nothing but zeros past the last slot of a shared buffer', () => {
      fc.assert(
        fc.property(rowsArb, (rows) => {
          const {
            columns: c,
            rank,
            sortedIds,
          } = columns(rows.filter((row) => Math.abs(row.units) < 1e9));
          if (c.rows === 0) return;
          const ledger = sumRowsFast(c, rank, sortedIds);
          if (ledger === null) return;
          const tail = (column: Int32Array | Float64Array) => {
            const whole = new (column.constructor as Float64ArrayConstructor)(column.buffer);
            return Array.from(whole.subarray(column.length)).every((value) => value === 0);
          };
          expect(tail(ledger.days)).toBe(true);
          expect(tail(ledger.purchaseUnits as Float64Array)).toBe(true);
        }),
      );
    });
  });
});
