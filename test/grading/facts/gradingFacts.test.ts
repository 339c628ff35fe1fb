import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CrmRulesError } from '../../../src/errors';
import { type CustomerFacts, gradingFacts } from '../../../src/grading/facts';
import { type SummaryResult, summariseTransactions } from '../../../src/grading/summary';
import { money } from '../../../src/money';
import { thrown, transactionsArb } from '../_support';

describe('gradingFacts', () => {
  const result = summariseTransactions(
    [
      { customerId: 'C-1', date: '2020-03-15', amount: '100' },
      { customerId: 'C-1', date: '2026-03-01', amount: '50' },
      { customerId: 'C-1', date: '2026-03-02', amount: '-20' },
    ],
    { currency: 'USD', end: '2026-03-31', periodStart: '2026-01-01' },
  );

  it('derives the standard facts from a summary and adds the caller’s', () => {
    const rows = gradingFacts(result, [
      { customerId: 'C-1', facts: { satisfaction: 4, overdueAmount: money('0', 'USD') } },
      { customerId: 'P-9', facts: { nps: 9 } },
    ]);
    expect(rows.map((r) => r.customerId)).toEqual(['C-1', 'P-9']);
    const facts = rows[0]?.facts as Record<string, unknown>;
    expect({
      purchases: facts.purchases,
      repeatPurchases: facts.repeatPurchases,
      recencyDays: facts.recencyDays,
      tenureYears: facts.tenureYears,
      tenureDays: facts.tenureDays,
      firstPurchase: facts.firstPurchase,
      lastPurchase: facts.lastPurchase,
      periodPurchases: facts.periodPurchases,
      satisfaction: facts.satisfaction,
    }).toEqual({
      purchases: 2,
      repeatPurchases: 1,
      recencyDays: 30,
      tenureYears: 6,
      tenureDays: 2207,
      firstPurchase: '2020-03-15',
      lastPurchase: '2026-03-01',
      periodPurchases: 1,
      satisfaction: 4,
    });
    expect((facts.amount as { amount: { toFixed(): string } }).amount.toFixed()).toBe('130');
    expect((facts.periodAmount as { amount: { toFixed(): string } }).amount.toFixed()).toBe('30');
    expect(rows[1]?.facts).toEqual({ purchases: 0, repeatPurchases: 0, nps: 9 });
  });

  it('refuses a customer twice and unsafe fact names', () => {
    const twice = thrown(() =>
      gradingFacts(result, [
        { customerId: 'a', facts: {} },
        { customerId: 'a', facts: {} },
      ]),
    );
    expect([twice.code, twice.path]).toEqual(['INVALID_INPUT', ['extra', 1, 'customerId']]);
    const unsafe = thrown(() =>
      gradingFacts(result, [{ customerId: 'a', facts: JSON.parse('{"__proto__": 1}') }]),
    );
    expect([unsafe.code, unsafe.path]).toEqual(['UNSAFE_KEY', ['extra', 0, 'facts', '__proto__']]);
  });

  describe('properties', () => {
    /** The documented merge, straightforwardly: a map of rows, extra facts copied over in order. */
    function reference(result: SummaryResult, extra: readonly CustomerFacts[]): CustomerFacts[] {
      const endDay = Date.parse(result.end) / 86_400_000;
      const rows = new Map<string, Record<string, unknown>>();
      for (const s of result.summaries)
        rows.set(s.customerId, {
          purchases: s.purchases,
          repeatPurchases: s.purchases - 1,
          recencyDays: endDay - Date.parse(s.lastPurchase) / 86_400_000,
          tenureDays: s.tenureDays,
          tenureYears: s.tenureYears,
          amount: s.totalValue,
          averageAmount: s.averageValue,
          returnedAmount: s.returnedValue,
          periodAmount: s.periodValue ?? undefined,
          periodPurchases: s.periodPurchases ?? undefined,
          firstPurchase: s.firstPurchase,
          lastPurchase: s.lastPurchase,
        });
      const seen = new Set<string>();
      extra.forEach((row, index) => {
        if (seen.has(row.customerId))
          throw new CrmRulesError('INVALID_INPUT', 'twice', {
            path: ['extra', index, 'customerId'],
          });
        seen.add(row.customerId);
        const facts = rows.get(row.customerId) ?? { purchases: 0, repeatPurchases: 0 };
        for (const name of Object.keys(row.facts)) facts[name] = row.facts[name];
        rows.set(row.customerId, facts);
      });
      return [...rows.keys()].sort().map((customerId) => ({
        customerId,
        facts: rows.get(customerId) as CustomerFacts['facts'],
      }));
    }

    const run = (f: () => unknown) => {
      try {
        return { ok: f() };
      } catch (error) {
        if (!(error instanceof CrmRulesError)) throw error;
        return { code: error.code, path: error.path };
      }
    };

    it('equal the reference for extra rows in order, out of order, in part, twice, and new', () => {
      const scenario = transactionsArb().chain((txs) => {
        const result = summariseTransactions(txs, {
          currency: 'USD',
          end: '2026-02-15',
          periodStart: '2026-01-10',
        });
        const ids = [...result.summaries.map((s) => s.customerId), 'P-1', 'P-2', 'a'];
        const row = fc.record({
          customerId: fc.constantFrom(...ids),
          facts: fc.dictionary(fc.constantFrom('nps', 'purchases', 'rfmR', 'x'), fc.nat(9), {
            maxKeys: 3,
          }),
        });
        return fc.record({
          result: fc.constant(result),
          extra: fc.oneof(
            fc.array(row, { maxLength: 8 }),
            fc
              .shuffledSubarray(ids)
              .map((some) => some.sort().map((customerId) => ({ customerId, facts: { nps: 1 } }))),
          ),
          // gradingFacts also takes summaries that are not in order (a caller's own result)
          reversed: fc.boolean(),
        });
      });
      fc.assert(
        fc.property(scenario, ({ result, extra, reversed }) => {
          const input = reversed
            ? { ...result, summaries: [...result.summaries].reverse() }
            : result;
          expect(run(() => gradingFacts(input, extra))).toEqual(run(() => reference(input, extra)));
        }),
      );
    });
  });
});
