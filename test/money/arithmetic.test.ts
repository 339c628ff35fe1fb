import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  abs,
  add,
  compare,
  divide,
  equals,
  isNegative,
  isPositive,
  isZero,
  max,
  min,
  money,
  multiply,
  negate,
  ratio,
  subtract,
  sum,
  zero,
} from '../../src/money';
import { moneyOf, thrown, withPermutation } from '../_support/money';

const usd = (amount: string) => money(amount, 'USD');

describe('arithmetic', () => {
  it("a Decimal from the caller's own decimal.js is taken at the library's precision, not the caller's", () => {
    const theirs = DecimalJs.clone({ precision: 20 });
    const fromCaller = divide(money(new theirs('1'), 'USD'), 3).amount.toString();
    expect(fromCaller).toBe(divide(usd('1'), 3).amount.toString());
    expect(fromCaller.length).toBe(42); // 0. and 40 significant digits
  });

  it('adds and subtracts exactly where floats do not', () => {
    expect(add(usd('0.1'), usd('0.2')).amount.toString()).toBe('0.3');
    expect(subtract(usd('1000'), usd('200')).amount.toString()).toBe('800');
    // 1,000 invoiced, 200 credited, 4 % commission → 32 (DOMAIN §6 reversal example).
    expect(multiply(subtract(usd('1000'), usd('200')), '0.04').amount.toString()).toBe('32');
  });

  it('multiplies and divides at full precision', () => {
    expect(multiply(usd('33.33'), '3').amount.toString()).toBe('99.99');
    expect(divide(usd('10'), 3).amount.toString()).toBe(
      '3.333333333333333333333333333333333333333',
    );
    expect(ratio(usd('180000'), usd('150000')).toString()).toBe('1.2');
  });

  it('negates, takes absolute values and compares', () => {
    expect(negate(usd('5')).amount.toString()).toBe('-5');
    expect(abs(usd('-5')).amount.toString()).toBe('5');
    expect(compare(usd('2'), usd('10'))).toBe(-1);
    expect(equals(usd('1.5'), usd('1.50'))).toBe(true);
    expect(equals(usd('1'), money('1', 'EUR'))).toBe(false);
    expect([isZero(usd('0.00')), isNegative(usd('-0.01')), isPositive(usd('0'))]).toEqual([
      true,
      true,
      false,
    ]);
    expect(min(usd('3'), usd('2')).amount.toString()).toBe('2');
    expect(max(usd('3'), usd('2')).amount.toString()).toBe('3');
  });

  it('sums any number of amounts, zero for none', () => {
    expect(sum([usd('1.10'), usd('2.20'), usd('-0.30')], 'USD').amount.toString()).toBe('3');
    expect(sum([], 'JPY').amount.toString()).toBe('0');
  });

  describe('bad input', () => {
    it('refuses to mix currencies', () => {
      const error = thrown(() => add(usd('1'), money('1', 'CNY')));
      expect(error.code).toBe('CURRENCY_MISMATCH');
      expect(error.value).toEqual({ left: 'USD', right: 'CNY' });
      expect(thrown(() => compare(usd('1'), money('1', 'CNY'))).code).toBe('CURRENCY_MISMATCH');
    });

    it('names the index of the first amount in another currency in a sum', () => {
      const error = thrown(() => sum([usd('1'), usd('2'), money('3', 'EUR')], 'USD'));
      expect([error.code, error.path, error.value]).toEqual([
        'CURRENCY_MISMATCH',
        [2, 'currency'],
        'EUR',
      ]);
    });

    it('refuses division by zero and float factors', () => {
      expect(thrown(() => divide(usd('1'), 0)).code).toBe('DIVISION_BY_ZERO');
      expect(thrown(() => ratio(usd('1'), usd('0'))).code).toBe('DIVISION_BY_ZERO');
      expect(thrown(() => multiply(usd('1'), 0.04)).code).toBe('INVALID_AMOUNT');
      expect(thrown(() => sum([], 'ABC')).code).toBe('UNKNOWN_CURRENCY');
    });
  });

  describe('errors say what is wrong and where', () => {
    const detail = (run: () => unknown) =>
      (thrown(run) as { issues?: Array<{ message: string }> }).issues?.[0]?.message;

    it('currency mismatches', () => {
      expect(detail(() => subtract(usd('1'), money('1', 'CNY')))).toBe(
        'cannot combine USD with CNY; convert first',
      );
      expect(thrown(() => ratio(usd('1'), money('1', 'CNY'), ['lines', 3]))).toMatchObject({
        code: 'CURRENCY_MISMATCH',
        path: ['lines', 3],
      });
      expect(detail(() => sum([usd('1'), money('3', 'EUR')], 'USD'))).toBe(
        'expected USD, found EUR; convert first',
      );
      expect(thrown(() => sum([], 'ABC')).path).toEqual(['currency']);
    });

    it('division by zero and float factors, at the given path', () => {
      expect(thrown(() => divide(usd('1'), '0.00', ['divisor']))).toMatchObject({
        code: 'DIVISION_BY_ZERO',
        path: ['divisor'],
        value: '0.00',
      });
      expect(detail(() => divide(usd('1'), 0))).toBe('cannot divide money by zero');
      expect(thrown(() => ratio(usd('1'), usd('0.00'), ['target']))).toMatchObject({
        code: 'DIVISION_BY_ZERO',
        path: ['target'],
        value: '0',
      });
      expect(detail(() => ratio(usd('1'), usd('0')))).toBe('the denominator is zero');
      expect(thrown(() => multiply(usd('1'), 0.04, ['rate'])).path).toEqual(['rate']);
      expect(thrown(() => multiply(usd('1'), 0.04)).path).toEqual([]);
      expect(thrown(() => divide(usd('1'), 0)).path).toEqual([]);
      expect(thrown(() => ratio(usd('1'), usd('0'))).path).toEqual([]);
      expect(thrown(() => divide(usd('1'), 0.5, ['rate'])).path).toEqual(['rate']);
    });
  });

  describe('properties', () => {
    const amount = moneyOf('USD', { scale: 4 });

    it('addition is commutative and associative, with zero as identity', () => {
      fc.assert(
        fc.property(amount, amount, amount, (a, b, c) => {
          expect(equals(add(a, b), add(b, a))).toBe(true);
          expect(equals(add(add(a, b), c), add(a, add(b, c)))).toBe(true);
          expect(equals(add(a, zero('USD')), a)).toBe(true);
        }),
      );
    });

    it('subtraction undoes addition and a − a is zero', () => {
      fc.assert(
        fc.property(amount, amount, (a, b) => {
          expect(equals(subtract(add(a, b), b), a)).toBe(true);
          expect(isZero(subtract(a, a))).toBe(true);
          expect(equals(subtract(a, b), negate(subtract(b, a)))).toBe(true);
        }),
      );
    });

    it('multiplication distributes over addition', () => {
      fc.assert(
        fc.property(amount, amount, fc.integer({ min: -1000, max: 1000 }), (a, b, k) => {
          expect(equals(multiply(add(a, b), k), add(multiply(a, k), multiply(b, k)))).toBe(true);
        }),
      );
    });

    it('a sum does not depend on the order of its terms', () => {
      fc.assert(
        fc.property(withPermutation(fc.array(amount, { maxLength: 30 })), ([values, shuffled]) => {
          expect(equals(sum(values, 'USD'), sum(shuffled, 'USD'))).toBe(true);
        }),
      );
    });

    it('compare is antisymmetric and agrees with equals', () => {
      fc.assert(
        fc.property(amount, amount, (a, b) => {
          expect(compare(a, b)).toBe(-compare(b, a) || 0);
          expect(compare(a, b) === 0).toBe(equals(a, b));
        }),
      );
    });
  });
});
