import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ledgerOf,
  summarise,
  summariseTransactions,
  summariseTransactionsAsync,
  toBtydRows,
} from '../../../src/grading/summary';
import { referenceSummaries, rejected, thrown, transactionsArb } from '../_support';

const usd = { currency: 'USD' } as const;

describe('summarise', () => {
  // A hand-computed history: customer A buys on 1 Jan (100), twice on 8 Jan (30 + 20),
  // returns 15 on 15 Jan, buys and fully returns 40 on 22 Jan, buys 10 on 1 Feb (after the end).
  const history = [
    { customerId: 'A', date: '2026-01-01', amount: '100' },
    { customerId: 'A', date: '2026-01-08', amount: '30' },
    { customerId: 'A', date: '2026-01-08', amount: '20' },
    { customerId: 'A', date: '2026-01-15', amount: '-15' },
    { customerId: 'A', date: '2026-01-22', amount: '40' },
    { customerId: 'A', date: '2026-01-22', amount: '-40' },
    { customerId: 'A', date: '2026-02-01', amount: '10' },
  ];
  const ledger = ledgerOf(history, usd);

  it('BTYD: same-day purchases merge, returns are no purchases, first purchase excluded', () => {
    const result = summarise(ledger, { end: '2026-01-29', unit: 'weeks' });
    const [a] = result.summaries;
    expect(a).toMatchObject({
      customerId: 'A',
      firstPurchase: '2026-01-01',
      lastPurchase: '2026-01-08', // 15 Jan is a return day; 22 Jan nets to zero with a return
      purchases: 2,
      transactions: 6,
      frequency: 1,
      recency: 1,
      T: 4,
      monetaryValue: 50,
      tenureDays: 28,
      tenureYears: 0,
      periodValue: null,
      periodPurchases: null,
    });
    expect(a?.averageValue.amount.toFixed(2)).toBe('50.00');
    expect(a?.totalValue.amount.toFixed(2)).toBe('135.00'); // 100 + 50 − 15 + 0
    expect(a?.returnedValue.amount.toFixed(2)).toBe('55.00'); // 15 + 40
    expect(result.excluded).toEqual({ afterEnd: 1, customersWithoutPurchase: 0 });
    expect(result.transactions).toBe(6);
  });

  it('RFM: the first purchase counts and recency is the time since the last purchase', () => {
    const [a] = summarise(ledger, { end: '2026-01-29', convention: 'rfm' }).summaries;
    expect([a?.frequency, a?.recency, a?.T]).toEqual([2, 21, 28]);
    expect(a?.averageValue.amount.toFixed(2)).toBe('75.00'); // (100 + 50) / 2
  });

  it('without same-day merge every non-negative transaction is a purchase', () => {
    const [a] = summarise(ledger, { end: '2026-01-29', mergeSameDay: false }).summaries;
    // purchases: 100 (1 Jan), 30, 20 (8 Jan), 40 (22 Jan); returns never count
    expect([a?.purchases, a?.frequency, a?.lastPurchase]).toEqual([4, 3, '2026-01-22']);
    expect(a?.averageValue.amount.toFixed(2)).toBe('30.00'); // (30 + 20 + 40) / 3
  });

  it('without same-day merge, several first-day transactions share the first purchase', () => {
    const [a] = summariseTransactions(
      [
        { customerId: 'A', date: '2026-01-01', amount: '10' },
        { customerId: 'A', date: '2026-01-01', amount: '30' },
        { customerId: 'A', date: '2026-01-05', amount: '50' },
      ],
      { ...usd, end: '2026-01-31', mergeSameDay: false },
    ).summaries;
    // which of 10 and 30 came first is unknown: the first purchase is their mean, 20
    expect(a?.frequency).toBe(2);
    expect(a?.averageValue.amount.toFixed(2)).toBe('35.00'); // (10 + 30 + 50 − 20) / 2
  });

  it('a zero-value purchase counts (a free CD in CDNOW), a same-day return does not', () => {
    const result = summariseTransactions(
      [
        { customerId: 'free', date: '2026-01-05', amount: '0.00' },
        { customerId: 'undone', date: '2026-01-05', amount: '25' },
        { customerId: 'undone', date: '2026-01-05', amount: '-25' },
      ],
      { ...usd, end: '2026-01-31' },
    );
    expect(result.summaries.map((s) => [s.customerId, s.purchases])).toEqual([['free', 1]]);
    expect(result.excluded.customersWithoutPurchase).toBe(1);
  });

  it('tenure counts whole years by anniversaries (29 February anniversaries on 1 March)', () => {
    const tenure = (first: string, end: string) =>
      summariseTransactions([{ customerId: 'A', date: first, amount: '1' }], { ...usd, end })
        .summaries[0]?.tenureYears;
    expect(tenure('2020-03-15', '2023-03-14')).toBe(2);
    expect(tenure('2020-03-15', '2023-03-15')).toBe(3);
    expect(tenure('2020-02-29', '2021-02-28')).toBe(0);
    expect(tenure('2020-02-29', '2021-03-01')).toBe(1);
    expect(tenure('2020-02-29', '2024-02-29')).toBe(4);
  });

  it('reports value and purchases from periodStart to the end', () => {
    const [a] = summarise(ledger, { end: '2026-01-29', periodStart: '2026-01-08' }).summaries;
    expect(a?.periodValue?.amount.toFixed(2)).toBe('35.00'); // 50 − 15 + 0
    expect(a?.periodPurchases).toBe(1);
  });

  it('summarises async iterables in one call', async () => {
    async function* rows() {
      yield* history;
    }
    const result = await summariseTransactionsAsync(rows(), { ...usd, end: '2026-01-29' });
    expect(result.summaries[0]?.purchases).toBe(2);
  });

  describe('bad input → coded errors', () => {
    it('an unknown unit', () => {
      const error = thrown(() => summarise(ledger, { end: '2026-01-29', unit: 'months' as never }));
      expect([error.code, error.path, error.value]).toEqual([
        'UNKNOWN_UNIT',
        ['options', 'unit'],
        'months',
      ]);
    });

    it('a malformed end', () => {
      const error = thrown(() => summarise(ledger, { end: '29/01/2026' }));
      expect([error.code, error.path, error.value]).toEqual([
        'INVALID_DATE',
        ['options', 'end'],
        '29/01/2026',
      ]);
    });

    it('an observation end before the first purchase', () => {
      const error = thrown(() => summarise(ledger, { end: '2025-12-31' }));
      expect([error.code, error.path, error.value]).toEqual([
        'INVALID_DATE_RANGE',
        ['options', 'end'],
        '2025-12-31',
      ]);
    });

    it('a period starting after the end', () => {
      const error = thrown(() =>
        summarise(ledger, { end: '2026-01-29', periodStart: '2026-02-01' }),
      );
      expect([error.code, error.path]).toEqual(['INVALID_DATE_RANGE', ['options', 'periodStart']]);
    });

    it('an unknown option', () => {
      const error = thrown(() => summarise(ledger, { end: '2026-01-29', units: 'weeks' } as never));
      expect([error.code, error.path]).toEqual(['INVALID_INPUT', ['options', 'units']]);
    });

    it('something that is not a ledger', () => {
      const error = thrown(() =>
        summarise({ kind: 'purchase-ledger' } as never, { end: '2026-01-29' }),
      );
      expect([error.code, error.path]).toEqual(['INVALID_INPUT', ['ledger']]);
    });

    it('checks the options before reading any transaction', async () => {
      let read = 0;
      function* rows() {
        read += 1;
        yield history[0];
      }
      const error = await rejected(() =>
        summariseTransactionsAsync(rows(), { ...usd, end: '2026-01-29', unit: 'week' as never }),
      );
      expect([error.code, read]).toEqual(['UNKNOWN_UNIT', 0]);
    });

    it('BTYD rows only from a btyd summary without the first purchase', () => {
      const rfm = summarise(ledger, { end: '2026-01-29', convention: 'rfm' });
      expect(thrown(() => toBtydRows(rfm)).path).toEqual(['convention']);
      const all = summarise(ledger, { end: '2026-01-29', includeFirstPurchase: true });
      expect(thrown(() => toBtydRows(all)).path).toEqual(['includeFirstPurchase']);
    });
  });

  describe('properties', () => {
    const settings = fc.record({
      end: fc
        .integer({ min: 0, max: 45 })
        .map((day) => new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10)),
      unit: fc.constantFrom('days' as const, 'weeks' as const),
      convention: fc.constantFrom('btyd' as const, 'rfm' as const),
      mergeSameDay: fc.boolean(),
      includeFirstPurchase: fc.option(fc.boolean(), { nil: undefined }),
    });

    it('equal the naive reference model of the documented rules, for every option', () => {
      fc.assert(
        fc.property(transactionsArb(), settings, (txs, options) => {
          const ledger = ledgerOf(txs, usd);
          const includeFirst = options.includeFirstPurchase ?? options.convention === 'rfm';
          const reference = referenceSummaries(txs, {
            end: options.end,
            unitDays: options.unit === 'weeks' ? 7 : 1,
            rfm: options.convention === 'rfm',
            merge: options.mergeSameDay,
            includeFirst,
          });
          const purchaseDates = txs.filter((tx) => !tx.amount.startsWith('-')).map((tx) => tx.date);
          if (
            reference.summaries.length === 0 &&
            purchaseDates.length > 0 &&
            purchaseDates.every((date) => date > options.end)
          ) {
            // an end before every purchase is refused — an empty book or returns only are not
            const error = thrown(() => summarise(ledger, options));
            expect(error.code).toBe('INVALID_DATE_RANGE');
            return;
          }
          const result = summarise(ledger, options);
          const unitDays = options.unit === 'weeks' ? 7 : 1;
          expect(result.excluded).toEqual({
            afterEnd: reference.afterEnd,
            customersWithoutPurchase: reference.withoutPurchase,
          });
          expect(
            result.summaries.map((s) => ({
              customerId: s.customerId,
              firstPurchase: s.firstPurchase,
              lastPurchase: s.lastPurchase,
              purchases: s.purchases,
              transactions: s.transactions,
              frequency: s.frequency,
              recency: s.recency,
              T: s.T,
              average: s.averageValue.amount.toString(),
              total: s.totalValue.amount.toFixed(),
              returned: s.returnedValue.amount.toFixed(),
            })),
          ).toEqual(
            reference.summaries.map((r) => ({
              customerId: r.customerId,
              firstPurchase: r.firstPurchase,
              lastPurchase: r.lastPurchase,
              purchases: r.purchases,
              transactions: r.transactions,
              frequency: r.frequency,
              recency: r.recencyDays / unitDays,
              T: r.tDays / unitDays,
              average: r.average.toString(),
              total: r.total,
              returned: r.returned,
            })),
          );
        }),
      );
    });

    it('do not depend on the order of the transactions', () => {
      fc.assert(
        fc.property(
          transactionsArb().chain((txs) =>
            fc.tuple(fc.constant(txs), fc.shuffledSubarray(txs, { minLength: txs.length })),
          ),
          settings,
          ([txs, shuffled], options) => {
            const run = (rows: typeof txs) => {
              try {
                return summariseTransactions(rows, { ...usd, ...options });
              } catch (error) {
                return (error as { code: string }).code;
              }
            };
            expect(run(shuffled)).toEqual(run(txs));
          },
        ),
      );
    });

    it('recency ≤ T, frequency ≥ 0, and monetaryValue is averageValue as a float (BTYD)', () => {
      fc.assert(
        fc.property(transactionsArb(), (txs) => {
          const result = summariseTransactions(txs, { ...usd, end: '2026-03-31' });
          for (const s of result.summaries) {
            expect(s.recency).toBeLessThanOrEqual(s.T);
            expect(s.frequency).toBeGreaterThanOrEqual(0);
            if (s.frequency === 0) expect(s.recency).toBe(0);
            const exact = s.averageValue.amount.toNumber();
            expect(Math.abs(s.monetaryValue - exact)).toBeLessThanOrEqual(1e-12 * Math.abs(exact));
          }
        }),
      );
    });
  });
});
