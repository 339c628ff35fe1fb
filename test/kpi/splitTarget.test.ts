import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CrmRulesError } from '../../src/errors';
import { safeSplitTarget, splitTarget } from '../../src/kpi';
import { money } from '../../src/money';
import { moneyOf, thrown } from '../_support/money';

const texts = (parts: { amount: { toFixed(n: number): string } }[]) =>
  parts.map((part) => part.amount.toFixed(2));

describe('splitTarget', () => {
  it('splits an annual target into quarters by seasonality weights', () => {
    expect(texts(splitTarget(money('1200000', 'CNY'), ['15', '25', '25', '35']))).toEqual([
      '180000.00',
      '300000.00',
      '300000.00',
      '420000.00',
    ]);
  });

  it('hands the leftover cents to the largest remainders, ties to the earlier month', () => {
    const months = splitTarget(
      money('1000', 'USD'),
      Array.from({ length: 12 }, () => '1'),
    );
    expect(texts(months)).toEqual([
      ...Array.from({ length: 4 }, () => '83.34'),
      ...Array.from({ length: 8 }, () => '83.33'),
    ]);
  });

  it('refuses a negative target, no weights and a negative weight with one coded error', () => {
    expect(thrown(() => splitTarget(money('-1', 'USD'), ['1']))).toMatchObject({
      code: 'INVALID_AMOUNT',
      path: ['annual'],
    });
    expect(thrown(() => splitTarget(money('1', 'USD'), []))).toMatchObject({
      code: 'INVALID_ALLOCATION',
      path: ['weights'],
    });
    expect(thrown(() => splitTarget(money('1', 'USD'), ['1', '-2']))).toMatchObject({
      code: 'INVALID_ALLOCATION',
      path: ['weights', 1],
    });
    expect(thrown(() => splitTarget(money('1.001', 'USD', []), ['1']))).toBeInstanceOf(
      CrmRulesError,
    );
    expect(safeSplitTarget(null as never, ['1']).success).toBe(false);
  });
});

describe('properties', () => {
  it('the seasonal parts add up exactly to the annual target', () => {
    const weights = fc.array(fc.integer({ min: 0, max: 1000 }).map(String), {
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(moneyOf('USD', { digits: 10 }), weights, (target, w) => {
        fc.pre(w.some((x) => x !== '0'));
        const annual = money(target.amount.abs(), 'USD');
        const parts = splitTarget(annual, w);
        expect(parts).toHaveLength(w.length);
        const total = parts.reduce(
          (sum, part) => sum.plus(part.amount),
          annual.amount.minus(annual.amount),
        );
        expect(total.eq(annual.amount)).toBe(true);
        expect(parts.every((part) => part.amount.gte(0))).toBe(true);
      }),
    );
  });
});
