import { describe, expect, it } from 'vitest';
import {
  assertSameCurrency,
  Decimal,
  DecimalString,
  decimalToString,
  isMoney,
  money,
  toDecimal,
  toMoneyJson,
  zero,
} from '../../src/money';
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

  it('keeps a Decimal of its own as it is', () => {
    const own = new Decimal('2.5');
    expect(toDecimal(own)).toBe(own);
  });

  it('writes decimals with at least the given places, never fewer than their own', () => {
    expect(decimalToString(new Decimal('1.5'), 2)).toBe('1.50');
    expect(decimalToString(new Decimal('1.234'), 2)).toBe('1.234');
    expect(decimalToString(new Decimal('10'))).toBe('10');
    expect(decimalToString(new Decimal('-0.5'), 0)).toBe('-0.5');
  });

  it('recognises money only with a decimal amount and a string currency', () => {
    expect(isMoney({ amount: new Decimal(1), currency: 'USD' })).toBe(true);
    expect(isMoney({ amount: new Decimal(1), currency: 840 })).toBe(false);
    expect(isMoney({ amount: 1, currency: 'USD' })).toBe(false);
    expect(isMoney('USD')).toBe(false);
    expect(isMoney(undefined)).toBe(false);
  });

  it('assertSameCurrency returns the shared currency, or throws at the given path', () => {
    expect(assertSameCurrency(money('1', 'CNY'), money('2', 'CNY'))).toBe('CNY');
    expect(() => assertSameCurrency(money('1', 'CNY'), money('2', 'USD'), ['total'])).toThrow(
      expect.objectContaining({ code: 'CURRENCY_MISMATCH', path: ['total'] }),
    );
    expect(() => assertSameCurrency(money('1', 'CNY'), money('2', 'USD'))).toThrow(
      expect.objectContaining({
        path: [],
        issues: [
          expect.objectContaining({ message: 'cannot combine CNY with USD; convert first' }),
        ],
      }),
    );
  });

  it('says why an amount is refused', () => {
    const detail = (value: unknown) =>
      (thrown(() => toDecimal(value as string)) as { issues?: Array<{ message: string }> })
        .issues?.[0]?.message;
    expect(detail('1e3')).toBe('expected a decimal string such as "1234.56"');
    expect(thrown(() => toDecimal('1e3')).path).toEqual([]);
    expect(detail(0.5)).toBe('fractional numbers are binary floats; pass a decimal string');
    expect(detail(Number.NaN)).toBe('not a finite number');
    expect(detail(2 ** 60)).toBe('fractional numbers are binary floats; pass a decimal string');
    expect(detail(new Decimal(Number.NaN))).toBe('expected a finite decimal');
    expect(detail({ amount: '1' })).toBe('expected a finite decimal');
    expect(DecimalString.safeParse('1.5').success).toBe(true);
    expect(DecimalString.safeParse(1.5).error?.issues[0]).toMatchObject({
      message:
        'expected a decimal string such as "1234.56" (JSON numbers are binary floats and are refused)',
      params: { code: 'INVALID_AMOUNT' },
    });
    for (const text of ['1.', '.5', '+1.5x', ' 1', '1 '])
      expect(DecimalString.safeParse(text).success).toBe(false);
    expect(['+1.5', '-0.25', '007'].map((text) => toDecimal(text).toString())).toEqual([
      '1.5',
      '-0.25',
      '7',
    ]);
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
