import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ledgerOf, summarise } from '../../../src/grading/summary';
import { dateOfDayNumber, dayNumber } from '../../../src/period';
import { centsText } from '../_support';

const usd = { currency: 'USD' } as const;

describe('summarise: dates before 1970 (issue 13)', () => {
  it('summarises purchases on 1900-01-01 and 1900-01-02 (day numbers below zero)', () => {
    const ledger = ledgerOf(
      [
        { customerId: 'C', date: '1900-01-01', amount: '10' },
        { customerId: 'C', date: '1900-01-02', amount: '20' },
      ],
      usd,
    );
    const result = summarise(ledger, { end: '1900-02-01' });
    expect(result.excluded.customersWithoutPurchase).toBe(0);
    const [c] = result.summaries;
    expect([c?.firstPurchase, c?.lastPurchase, c?.frequency, c?.recency, c?.T]).toEqual([
      '1900-01-01',
      '1900-01-02',
      1,
      1,
      31,
    ]);
    expect(c?.monetaryValue).toBe(20);
  });

  it('a first purchase on 1969-12-31 (day −1) is the first purchase', () => {
    const ledger = ledgerOf(
      [
        { customerId: 'C', date: '1969-12-31', amount: '10' },
        { customerId: 'C', date: '1970-01-02', amount: '30' },
      ],
      usd,
    );
    const [c] = summarise(ledger, { end: '1970-01-05', convention: 'rfm' }).summaries;
    expect([c?.firstPurchase, c?.purchases, c?.recency, c?.T]).toEqual(['1969-12-31', 2, 3, 5]);
  });

  describe('properties', () => {
    const first = dayNumber('0001-01-01');
    const last = dayNumber('9999-12-31') - 60;
    const history = fc.array(
      fc.record({
        customerId: fc.constantFrom('a', 'b', 'c'),
        offset: fc.integer({ min: 0, max: 40 }),
        cents: fc.integer({ min: -5_000, max: 50_000 }),
      }),
      { minLength: 1, maxLength: 25 },
    );
    const options = fc.record({
      unit: fc.constantFrom('days' as const, 'weeks' as const),
      convention: fc.constantFrom('btyd' as const, 'rfm' as const),
      mergeSameDay: fc.boolean(),
      endOffset: fc.integer({ min: 40, max: 60 }),
      periodOffset: fc.integer({ min: 0, max: 40 }),
    });

    it('are invariant under shifting every date by the same number of days (0001 to 9999)', () => {
      fc.assert(
        fc.property(
          history,
          options,
          fc.integer({ min: first, max: last }),
          fc.integer({ min: first, max: last }),
          (rows, { endOffset, periodOffset, ...settings }, base1, base2) => {
            const run = (base: number) => {
              const at = (offset: number) => dateOfDayNumber(base + offset);
              const ledger = ledgerOf(
                rows.map((r) => ({
                  customerId: r.customerId,
                  date: at(r.offset),
                  amount: centsText(BigInt(r.cents), 2),
                })),
                usd,
              );
              const result = summarise(ledger, {
                ...settings,
                end: at(endOffset),
                periodStart: at(periodOffset),
              });
              return {
                excluded: result.excluded,
                summaries: result.summaries.map((s) => ({
                  customerId: s.customerId,
                  first: dayNumber(s.firstPurchase) - base,
                  last: dayNumber(s.lastPurchase) - base,
                  purchases: s.purchases,
                  frequency: s.frequency,
                  recency: s.recency,
                  T: s.T,
                  monetaryValue: s.monetaryValue,
                  total: s.totalValue.amount.toFixed(),
                  periodValue: s.periodValue?.amount.toFixed(),
                  periodPurchases: s.periodPurchases,
                  tenureDays: s.tenureDays,
                })),
              };
            };
            expect(run(base2)).toEqual(run(base1));
          },
        ),
      );
    });
  });
});
