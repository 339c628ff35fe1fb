import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, formatMoney, type Money, money, roundDecimal } from '../../src/money';
import { decimalText, thrown } from '../_support/money';

/** The formatting before issue 13: a lookahead regex that rescans the digits at every position. */
function reference(value: Money, scale: number, separator = ','): string {
  const rounded = roundDecimal(value.amount, scale, 'half-up');
  const [whole = '0', fraction] = rounded.abs().toFixed(scale).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return `${rounded.lt(0) ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`} ${value.currency}`;
}

describe('formatMoney', () => {
  it('groups thousands and shows the minor unit', () => {
    expect(formatMoney(money('-1234567.891', 'USD'))).toBe('-1,234,567.89 USD');
    expect(formatMoney(money('999', 'JPY'))).toBe('999 JPY');
    expect(formatMoney(money('1000', 'KWD'), { groupSeparator: ' ' })).toBe('1 000.000 KWD');
  });

  it('formats in linear time, and refuses a hand-made 100,000-digit amount at once', () => {
    // The regex took 4.9 s for 60,000 digits and did not finish 100,000 in 20 s. money() refuses
    // such an amount (LIMIT_EXCEEDED); a hand-made money value with it is refused before any work.
    const started = performance.now();
    const error = thrown(() =>
      formatMoney({ amount: new Decimal(`0.${'7'.repeat(100_000)}`), currency: 'USD' } as Money),
    );
    const grouped = formatMoney(money('9'.repeat(40), 'JPY'), { groupSeparator: '.' });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error).toMatchObject({ code: 'LIMIT_EXCEEDED', path: ['value', 'amount'] });
    expect(grouped).toBe(`9${'.999'.repeat(13)} JPY`);
  });

  it('refuses a scale beyond maxScale and options of the wrong type', () => {
    expect(thrown(() => formatMoney(money('1', 'USD'), { scale: 1e6 }))).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      path: ['options', 'scale'],
    });
    expect(thrown(() => formatMoney(money('1', 'USD'), { scale: Number.NaN }))).toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(
      thrown(() => formatMoney(money('1', 'USD'), { groupSeparator: 5 as unknown as string })),
    ).toMatchObject({ code: 'INVALID_INPUT', path: ['options', 'groupSeparator'] });
    expect(
      thrown(() => formatMoney({ amount: new Decimal('1e100'), currency: 'USD' } as Money)),
    ).toMatchObject({ code: 'LIMIT_EXCEEDED' });
  });

  describe('properties', () => {
    it('equals the old regex formatting on every amount within the limits', () => {
      fc.assert(
        fc.property(
          decimalText({ scale: 4, digits: 36 }),
          fc.constantFrom('USD', 'JPY', 'KWD'),
          fc.integer({ min: 0, max: 6 }),
          fc.constantFrom(',', ' ', '’', ''),
          (amount, currency, scale, separator) => {
            const value = money(amount, currency);
            expect(formatMoney(value, { scale, groupSeparator: separator })).toBe(
              reference(value, scale, separator),
            );
          },
        ),
      );
    });
  });
});
