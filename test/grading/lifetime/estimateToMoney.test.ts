import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateToDecimal, estimateToMoney } from '../../../src/grading/lifetime';
import { toMoneyJson } from '../../../src/money';

describe('estimateToMoney', () => {
  it('keeps 12 significant digits, then rounds half-up to the minor unit by default', () => {
    expect(estimateToDecimal((6.25 * 15.44) / 2.74).toString()).toBe('35.2189781022');
    expect(toMoneyJson(estimateToMoney(24.665, 'USD'))).toEqual({
      amount: '24.67',
      currency: 'USD',
    });
    expect(toMoneyJson(estimateToMoney(24.665, 'JPY'))).toEqual({ amount: '25', currency: 'JPY' });
    expect(toMoneyJson(estimateToMoney(24.665, 'USD', { mode: 'half-even' }))).toEqual({
      amount: '24.66',
      currency: 'USD',
    });
  });

  it('refuses NaN and ±Infinity, and unknown currencies', () => {
    expect(() => estimateToMoney(Number.NaN, 'USD')).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => estimateToMoney(Number.POSITIVE_INFINITY, 'USD')).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => estimateToMoney(1, 'ABC')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_CURRENCY' }),
    );
  });
});

describe('properties', () => {
  it('is within half a cent of the estimate', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (value) => {
        const amount = estimateToMoney(value, 'USD').amount.toNumber();
        expect(Math.abs(amount - value)).toBeLessThanOrEqual(0.005 + 1e-6);
      }),
    );
  });
});

describe('estimateToMoney past the magnitude money carries (issue 13)', () => {
  it('1e308 is LIMIT_EXCEEDED, not a 309-digit amount', () => {
    expect(() => estimateToMoney(1e308, 'USD')).toThrow(
      expect.objectContaining({ code: 'LIMIT_EXCEEDED', path: ['value'] }),
    );
    expect(estimateToMoney(9.99e39, 'USD').amount.toFixed()).toBe(`999${'0'.repeat(37)}`);
  });
});
