import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coreCatalog, findUnrenderable, mergeCatalogs, renderTrace } from '../../../src/explain';
import {
  bgBbDiscountedExpectedTransactions,
  bgBbLifetimeValue,
  estimateToDecimal,
  lifetimeCatalog,
  safeBgBbLifetimeValue,
} from '../../../src/grading/lifetime';
import { Decimal, toMoneyJson } from '../../../src/money';

/** The donors' published fit (Fader, Hardie & Shang 2010, table 2). */
const DONORS = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
const catalog = mergeCatalogs(coreCatalog, lifetimeCatalog);
const loyal = { frequency: 6, recency: 6, n: 6 };

describe('bgBbLifetimeValue', () => {
  it("is the paper's DERT times the value per gift, rounded as stated", () => {
    // FHS 2010 §4: a donor active in all 6 years has a DERT of 5.91 at a 10 % discount rate.
    const clv = bgBbLifetimeValue(DONORS, loyal, {
      discountRate: '0.1',
      valuePerTransaction: { amount: '50.00', currency: 'USD' },
    });
    expect(clv.discountedExpectedTransactions.toFixed(2)).toBe('5.91');
    const dert = bgBbDiscountedExpectedTransactions(DONORS, loyal, 0.1);
    expect(clv.discountedExpectedTransactions).toBe(dert);
    const expected = estimateToDecimal(dert).times(50);
    expect(clv.unrounded.amount.eq(expected)).toBe(true);
    expect(toMoneyJson(clv.value)).toEqual({ amount: expected.toFixed(2), currency: 'USD' });
    expect(findUnrenderable(clv.trace, catalog)).toEqual([]);
    const lines = renderTrace(clv.trace, { locale: 'en', catalog });
    expect(lines[3]).toBe(
      `discounted expected residual transactions at 10% per opportunity: ${dert.toFixed(4)}`,
    );
    expect(lines[4]).toContain(`× 50.00 USD per transaction = ${expected.toFixed(4)}`);
  });

  it('follows the rounding policy: down to whole yuan', () => {
    const clv = bgBbLifetimeValue(DONORS, loyal, {
      discountRate: '0.1',
      valuePerTransaction: { amount: '1000', currency: 'CNY' },
      rounding: { mode: 'down', scale: 0 },
    });
    const exact = estimateToDecimal(clv.discountedExpectedTransactions).times(1000);
    expect(clv.value.amount.eq(exact.toDecimalPlaces(0, Decimal.ROUND_DOWN))).toBe(true);
    expect(clv.trace.at(-1)?.code).toBe('money.round.down');
  });

  it('scales exactly with the value per transaction', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 2, max: 9 }),
        (cents, k) => {
          const one = bgBbLifetimeValue(DONORS, loyal, {
            discountRate: '0.15',
            valuePerTransaction: {
              amount: new Decimal(cents).div(100).toFixed(2),
              currency: 'USD',
            },
          });
          const many = bgBbLifetimeValue(DONORS, loyal, {
            discountRate: '0.15',
            valuePerTransaction: {
              amount: new Decimal(cents * k).div(100).toFixed(2),
              currency: 'USD',
            },
          });
          expect(many.unrounded.amount.eq(one.unrounded.amount.times(k))).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('refuses a zero discount rate, a bad currency and a bad pattern at their paths', () => {
    const value = { amount: '10', currency: 'USD' };
    const zero = safeBgBbLifetimeValue(DONORS, loyal, {
      discountRate: '0',
      valuePerTransaction: value,
    });
    expect(zero.success ? null : zero.error.path).toEqual(['options', 'discountRate']);
    const currency = safeBgBbLifetimeValue(DONORS, loyal, {
      discountRate: '0.1',
      valuePerTransaction: { amount: '10', currency: 'XYZ' },
    });
    expect(currency.success ? null : currency.error.path).toEqual([
      'options',
      'valuePerTransaction',
      'currency',
    ]);
    const pattern = safeBgBbLifetimeValue(
      DONORS,
      { frequency: 7, recency: 6, n: 6 },
      {
        discountRate: '0.1',
        valuePerTransaction: value,
      },
    );
    expect(pattern.success ? null : pattern.error.path[0]).toBe('customer');
  });
});
