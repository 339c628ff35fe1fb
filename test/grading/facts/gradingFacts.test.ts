import { describe, expect, it } from 'vitest';
import { gradingFacts } from '../../../src/grading/facts';
import { summariseTransactions } from '../../../src/grading/summary';
import { money } from '../../../src/money';
import { thrown } from '../_support';

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
});
