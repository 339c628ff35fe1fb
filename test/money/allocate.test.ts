import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, Decimal, money, negate, sum, toMoneyJson } from '../../src/money';
import { decimalText, thrown } from '../_support/money';

const amounts = (parts: ReturnType<typeof allocate>) =>
  parts.map((part) => toMoneyJson(part).amount);

describe('allocate', () => {
  it('hands the leftover units to the largest remainders, ties to the earlier part', () => {
    expect(amounts(allocate(money('100', 'USD'), [1, 1, 1]))).toEqual(['33.34', '33.33', '33.33']);
    expect(amounts(allocate(money('0.05', 'USD'), [1, 1, 1]))).toEqual(['0.02', '0.02', '0.01']);
    // 70/30 split of 1,000.01: 700.007 and 300.003 → remainders .7 and .3 units go to the first.
    expect(amounts(allocate(money('1000.01', 'USD'), ['70', '30']))).toEqual(['700.01', '300.00']);
    expect(amounts(allocate(money('10', 'USD'), ['0.333', '0.667']))).toEqual(['3.33', '6.67']);
  });

  it('respects the currency minor unit and an explicit scale', () => {
    expect(amounts(allocate(money('100', 'JPY'), [1, 2]))).toEqual(['33', '67']);
    expect(amounts(allocate(money('1', 'KWD'), [1, 1, 1]))).toEqual(['0.334', '0.333', '0.333']);
    expect(
      allocate(money('1', 'USD'), [1, 2], { scale: 4 }).map((part) => part.amount.toString()),
    ).toEqual(['0.3333', '0.6667']);
  });

  it('splits a negative amount as its absolute value, negated', () => {
    expect(amounts(allocate(money('-100', 'USD'), [1, 1, 1]))).toEqual([
      '-33.34',
      '-33.33',
      '-33.33',
    ]);
  });

  it('gives zero-ratio parts nothing', () => {
    expect(amounts(allocate(money('5', 'USD'), [0, 1, 0]))).toEqual(['0.00', '5.00', '0.00']);
  });

  describe('bad input', () => {
    it.each([
      ['no ratios', [], ['ratios']],
      ['a negative ratio', [1, -1], ['ratios', 1]],
      ['all-zero ratios', [0, 0], ['ratios']],
    ])('refuses %s', (_, ratios, path) => {
      const error = thrown(() => allocate(money('1', 'USD'), ratios));
      expect([error.code, error.path]).toEqual(['INVALID_ALLOCATION', path]);
    });

    it('refuses an amount finer than the scale and float ratios', () => {
      expect(thrown(() => allocate(money('1.005', 'USD'), [1, 1])).code).toBe('INVALID_ALLOCATION');
      expect(thrown(() => allocate(money('1', 'USD'), [0.5, 0.5])).code).toBe('INVALID_AMOUNT');
    });
  });

  describe('properties', () => {
    const total = decimalText({ scale: 2, digits: 10 });
    const ratios = fc
      .array(fc.oneof(fc.nat(1000), decimalText({ scale: 3, digits: 3, min: 0n })), {
        minLength: 1,
        maxLength: 12,
      })
      .filter((list) => list.some((ratio) => Number(ratio) > 0));

    it('the parts sum exactly to the whole', () => {
      fc.assert(
        fc.property(total, ratios, (amount, weights) => {
          const whole = money(amount, 'USD');
          expect(sum(allocate(whole, weights), 'USD').amount.eq(whole.amount)).toBe(true);
        }),
      );
    });

    it('a positive total never yields a negative part, and each part is within one unit of its exact share', () => {
      fc.assert(
        fc.property(total, ratios, (amount, weights) => {
          const whole = money(amount, 'USD');
          const parts = allocate(whole, weights);
          const totalWeight = weights.reduce<Decimal>(
            (acc, w) => acc.plus(String(w)),
            new Decimal(0),
          );
          parts.forEach((part, i) => {
            if (whole.amount.gte(0)) expect(part.amount.gte(0)).toBe(true);
            const exact = whole.amount.times(String(weights[i])).div(totalWeight);
            expect(part.amount.minus(exact).abs().lt('0.01')).toBe(true);
          });
        }),
      );
    });

    it('allocating a negative amount mirrors the positive one', () => {
      fc.assert(
        fc.property(total, ratios, (amount, weights) => {
          const whole = money(amount, 'USD');
          const mirrored = allocate(negate(whole), weights);
          expect(allocate(whole, weights).map((part) => part.amount.neg().toString())).toEqual(
            mirrored.map((part) => part.amount.toString()),
          );
        }),
      );
    });
  });
});
