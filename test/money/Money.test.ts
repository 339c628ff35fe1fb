import { describe, expect, it } from 'vitest';
import { Decimal, isMoney, money, toDecimal, toMoneyJson, zero } from '../../src/money';
import { thrown } from '../_support/money';

describe('money', () => {
  it('keeps the exact amount given as a string, bigint, safe integer or Decimal', () => {
    expect(money('0.1', 'USD').amount.plus(money('0.2', 'USD').amount).toString()).toBe('0.3');
    expect(money(12n, 'JPY').amount.toString()).toBe('12');
    expect(money(7, 'CNY').amount.toString()).toBe('7');
    expect(money(new Decimal('1.005'), 'USD').amount.toString()).toBe('1.005');
    expect(money('123456789012345678901234567.89', 'USD').amount.toFixed()).toBe(
      '123456789012345678901234567.89',
    );
  });

  it('is frozen and normalises negative zero', () => {
    const value = money('-0', 'USD');
    expect(Object.isFrozen(value)).toBe(true);
    expect(value.amount.isNeg()).toBe(false);
    expect(toMoneyJson(zero('KWD'))).toEqual({ amount: '0.000', currency: 'KWD' });
  });

  it('recognises money values', () => {
    expect(isMoney(money('1', 'USD'))).toBe(true);
    expect(isMoney({ amount: '1', currency: 'USD' })).toBe(false);
    expect(isMoney(null)).toBe(false);
  });

  describe('bad input', () => {
    it.each([
      ['a float', 0.1],
      ['NaN', Number.NaN],
      ['Infinity', Number.POSITIVE_INFINITY],
      ['an unsafe integer', 2 ** 60],
      ['exponent notation', '1e3'],
      ['a thousands separator', '1,000.00'],
      ['two points', '12.3.4'],
      ['an empty string', ''],
      ['a Decimal NaN', new Decimal(Number.NaN)],
    ])('refuses %s as an amount with INVALID_AMOUNT', (_, amount) => {
      const error = thrown(() => money(amount as string, 'USD', ['lines', 2]));
      expect(error.code).toBe('INVALID_AMOUNT');
      expect(error.path).toEqual(['lines', 2, 'amount']);
      expect(
        error.value === amount ||
          Number.isNaN(error.value as number) ||
          Decimal.isDecimal(error.value),
      ).toBe(true);
    });

    it.each(['usd', 'XXX', 'US', 'XAU', '', '__proto__', 'constructor'])(
      'refuses the currency %j with UNKNOWN_CURRENCY',
      (code) => {
        const error = thrown(() => money('1', code));
        expect(error.code).toBe('UNKNOWN_CURRENCY');
        expect(error.path).toEqual(['currency']);
        expect(error.value).toBe(code);
      },
    );

    it('refuses non-finite Decimals in toDecimal', () => {
      expect(thrown(() => toDecimal(new Decimal(Number.POSITIVE_INFINITY))).code).toBe(
        'INVALID_AMOUNT',
      );
    });
  });
});
