import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  equals,
  formatMoney,
  MoneyJson,
  money,
  parseMoney,
  safeParseMoney,
  toMoneyJson,
} from '../../src/money';
import { decimalText } from '../_support/money';

describe('JSON form', () => {
  it('writes the amount as a string with at least the minor-unit places', () => {
    expect(toMoneyJson(money('123.4', 'USD'))).toEqual({ amount: '123.40', currency: 'USD' });
    expect(toMoneyJson(money('123.456', 'USD'))).toEqual({ amount: '123.456', currency: 'USD' });
    expect(toMoneyJson(money('5', 'JPY'))).toEqual({ amount: '5', currency: 'JPY' });
    expect(JSON.stringify(toMoneyJson(money('1', 'CNY')))).toBe(
      '{"amount":"1.00","currency":"CNY"}',
    );
  });

  it('reads the JSON form back', () => {
    expect(equals(parseMoney({ amount: '99.90', currency: 'CNY' }), money('99.9', 'CNY'))).toBe(
      true,
    );
    expect(MoneyJson.safeParse({ amount: '1', currency: 'USD' }).success).toBe(true);
  });

  it('refuses numbers, unknown currencies and missing fields with a path', () => {
    const float = safeParseMoney({ amount: 12.5, currency: 'USD' }, ['order', 'total']);
    expect(float.success ? null : [float.error.code, float.error.path, float.error.value]).toEqual([
      'INVALID_AMOUNT',
      ['order', 'total', 'amount'],
      12.5,
    ]);
    const currency = safeParseMoney({ amount: '1', currency: 'RMB' });
    expect(currency.success ? null : [currency.error.code, currency.error.path]).toEqual([
      'UNKNOWN_CURRENCY',
      ['currency'],
    ]);
    const missing = safeParseMoney({ amount: '1' });
    expect(missing.success ? null : [missing.error.code, missing.error.path]).toEqual([
      'INVALID_INPUT',
      ['currency'],
    ]);
    expect(() => parseMoney('12.50 USD')).toThrowError(/INVALID_INPUT/);
  });

  it('formats exactly for people', () => {
    expect(formatMoney(money('-1234567.891', 'USD'))).toBe('-1,234,567.89 USD');
    expect(formatMoney(money('1000000', 'JPY'))).toBe('1,000,000 JPY');
    expect(formatMoney(money('0.0005', 'KWD'))).toBe('0.001 KWD');
    expect(formatMoney(money('-0.001', 'USD'))).toBe('0.00 USD');
    expect(
      formatMoney(money('12345.5', 'EUR'), { groupSeparator: ' ', scale: 0, mode: 'half-even' }),
    ).toBe('12 346 EUR');
  });

  it('groups whole digits in threes from the right, and only the whole digits', () => {
    expect(
      ['1', '12', '123', '1234', '12345', '123456', '1234567.1234'].map((amount) =>
        formatMoney(money(amount, 'CLF')),
      ),
    ).toEqual([
      '1.0000 CLF',
      '12.0000 CLF',
      '123.0000 CLF',
      '1,234.0000 CLF',
      '12,345.0000 CLF',
      '123,456.0000 CLF',
      '1,234,567.1234 CLF',
    ]);
    expect(formatMoney(money('1234.5', 'USD'), { scale: 4 })).toBe('1,234.5000 USD');
    expect(formatMoney(money('-0.5', 'USD'), { scale: 0 })).toBe('-1 USD');
  });

  it('safeParseMoney returns the money; parseMoney prefixes error paths', () => {
    const parsed = safeParseMoney({ amount: '5.5', currency: 'JPY' });
    expect(parsed.success && [parsed.data.amount.toString(), parsed.data.currency]).toEqual([
      '5.5',
      'JPY',
    ]);
    expect(() => parseMoney({ amount: 1.5, currency: 'USD' })).toThrow(
      expect.objectContaining({ code: 'INVALID_AMOUNT', path: ['amount'] }),
    );
    expect(() => parseMoney({ amount: 1.5, currency: 'USD' }, ['lines', 0])).toThrow(
      expect.objectContaining({ code: 'INVALID_AMOUNT', path: ['lines', 0, 'amount'] }),
    );
  });

  describe('properties', () => {
    it('JSON round trips are exact for every currency scale', () => {
      fc.assert(
        fc.property(
          decimalText({ scale: 5 }),
          fc.constantFrom('USD', 'JPY', 'KWD', 'CLF'),
          (amount, currency) => {
            const value = money(amount, currency);
            const back = parseMoney(JSON.parse(JSON.stringify(toMoneyJson(value))));
            expect(equals(back, value)).toBe(true);
          },
        ),
      );
    });
  });
});
