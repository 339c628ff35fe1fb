import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ledgerOf,
  ledgerToJson,
  mergeLedgers,
  type PurchaseLedger,
  summarise,
} from '../../../src/grading/summary';
import { type Tx, thrown, transactionsArb } from '../_support';

const usd = { currency: 'USD' } as const;
const json = (ledger: PurchaseLedger) => ledgerToJson(ledger);

/** Cuts transactions into `parts` shards by an arbitrary assignment (not by customer or day). */
const shardsArb = transactionsArb().chain((txs) =>
  fc
    .array(fc.integer({ min: 0, max: 2 }), { minLength: txs.length, maxLength: txs.length })
    .map(
      (owner) =>
        [0, 1, 2].map((shard) => txs.filter((_, i) => owner[i] === shard)) as [Tx[], Tx[], Tx[]],
    ),
);

describe('mergeLedgers', () => {
  it('adds up a customer-day split across shards: one purchase day, the return netted', () => {
    const monday = ledgerOf([{ customerId: 'A', date: '2026-03-02', amount: '60' }], usd);
    const later = ledgerOf(
      [
        { customerId: 'A', date: '2026-03-02', amount: '40' },
        { customerId: 'A', date: '2026-03-02', amount: '-100' },
        { customerId: 'B', date: '2026-03-01', amount: '5' },
      ],
      usd,
    );
    const merged = summarise(mergeLedgers([monday, later]), { end: '2026-03-31' });
    // Alone, each shard has a purchase day for A; together the day nets to zero with a return.
    expect(merged.summaries.map((s) => s.customerId)).toEqual(['B']);
    expect(merged.excluded.customersWithoutPurchase).toBe(1);
  });

  it('moves amounts to the finer scale exactly', () => {
    const cents = ledgerOf([{ customerId: 'A', date: '2026-03-02', amount: '1.25' }], usd);
    const mills = ledgerOf([{ customerId: 'A', date: '2026-03-02', amount: '0.001' }], usd);
    const merged = mergeLedgers([cents, mills]);
    expect(merged.scale).toBe(3);
    expect(json(merged).customers[0]?.days[0]?.purchases).toBe('1.251');
  });

  it('refuses other currencies and things that are not ledgers', () => {
    const a = ledgerOf([], usd);
    const b = ledgerOf([], { currency: 'EUR' });
    expect([
      thrown(() => mergeLedgers([a, b])).code,
      thrown(() => mergeLedgers([a, b])).path,
    ]).toEqual(['CURRENCY_MISMATCH', [1, 'currency']]);
    expect(thrown(() => mergeLedgers([])).code).toBe('INVALID_INPUT');
    expect(thrown(() => mergeLedgers([a, { ...a, offsets: [0] } as never])).path).toEqual([1]);
  });

  describe('properties', () => {
    it('the merge of the shards equals the ledger of the whole (any cut)', () => {
      fc.assert(
        fc.property(shardsArb, ([x, y, z]) => {
          const whole = ledgerOf([...x, ...y, ...z], usd);
          expect(json(mergeLedgers([x, y, z].map((txs) => ledgerOf(txs, usd))))).toEqual(
            json(whole),
          );
        }),
      );
    });

    it('is associative and commutative, with the empty ledger as identity', () => {
      fc.assert(
        fc.property(shardsArb, ([x, y, z]) => {
          const [a, b, c] = [x, y, z].map((txs) => ledgerOf(txs, usd)) as [
            PurchaseLedger,
            PurchaseLedger,
            PurchaseLedger,
          ];
          const left = mergeLedgers([mergeLedgers([a, b]), c]);
          const right = mergeLedgers([a, mergeLedgers([b, c])]);
          expect(json(left)).toEqual(json(right));
          expect(json(mergeLedgers([b, a]))).toEqual(json(mergeLedgers([a, b])));
          expect(json(mergeLedgers([a, ledgerOf([], usd)]))).toEqual(json(a));
        }),
      );
    });

    it('summaries of merged shards equal summaries of the whole', () => {
      fc.assert(
        fc.property(shardsArb, ([x, y, z]) => {
          const end = '2026-02-28';
          const merged = summarise(mergeLedgers([x, y, z].map((txs) => ledgerOf(txs, usd))), {
            end,
          });
          expect(merged).toEqual(summarise(ledgerOf([...x, ...y, ...z], usd), { end }));
        }),
      );
    });
  });
});
