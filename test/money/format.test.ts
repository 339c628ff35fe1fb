import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
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

describe('formatMoney with a locale', () => {
  it('keeps the locale-independent form by default', () => {
    expect(formatMoney(money('1234.5', 'CNY'))).toBe('1,234.50 CNY');
  });

  it('uses the symbol, placement and separators of en and zh-CN', () => {
    expect(formatMoney(money('-1234567.891', 'USD'), { locale: 'en' })).toBe('-$1,234,567.89');
    expect(formatMoney(money('1234.5', 'CNY'), { locale: 'zh-CN' })).toBe('¥1,234.50');
    expect(formatMoney(money('1234.5', 'USD'), { locale: 'zh-CN' })).toBe('US$1,234.50');
    expect(formatMoney(money('1234.5', 'CNY'), { locale: 'en' })).toBe('CN¥1,234.50');
    expect(formatMoney(money('1000', 'JPY'), { locale: 'zh-CN' })).toBe('JP¥1,000');
  });

  it('takes any BCP 47 tag, a currency display and a group separator', () => {
    expect(formatMoney(money('1234.5', 'EUR'), { locale: 'de-DE' })).toBe('1.234,50\u00a0€');
    expect(formatMoney(money('1234.5', 'EUR'), { locale: 'fr-FR' })).toBe('1\u202f234,50\u00a0€');
    expect(formatMoney(money('1234.5', 'USD'), { locale: 'en', currencyDisplay: 'code' })).toBe(
      'USD\u00a01,234.50',
    );
    expect(formatMoney(money('1234567', 'CNY'), { locale: 'zh-CN', groupSeparator: ' ' })).toBe(
      '¥1 234 567.00',
    );
  });

  it('rounds by the mode and scale asked for, never showing -0', () => {
    const options = { locale: 'zh-CN', scale: 1, mode: 'down' } as const;
    expect(formatMoney(money('9.99', 'CNY'), options)).toBe('¥9.9');
    expect(formatMoney(money('-0.001', 'USD'), { locale: 'en' })).toBe('$0.00');
  });

  it('is exact: 25 significant digits come out unchanged (a float keeps about 17)', () => {
    const amount = '1234567890123456789012.345';
    expect(Number(amount).toFixed(3)).not.toBe(amount);
    expect(formatMoney(money(amount, 'KWD'), { locale: 'en' })).toBe(
      'KWD\u00a01,234,567,890,123,456,789,012.345',
    );
    expect(formatMoney(money(`-${amount}`, 'CNY'), { locale: 'zh-CN', scale: 3 })).toBe(
      '-¥1,234,567,890,123,456,789,012.345',
    );
  });

  it('refuses a malformed tag, an unknown display and more decimals than Intl shows', () => {
    const value = money('1', 'USD');
    expect(thrown(() => formatMoney(value, { locale: 'not a tag' }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['options', 'locale'],
    });
    expect(thrown(() => formatMoney(value, { locale: 7 as never }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['options', 'locale'],
    });
    expect(
      thrown(() => formatMoney(value, { locale: 'en', currencyDisplay: 'emoji' as never })),
    ).toMatchObject({ code: 'INVALID_INPUT', path: ['options', 'currencyDisplay'] });
    expect(thrown(() => formatMoney(value, { locale: 'en', scale: 40 }))).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      path: ['options', 'scale'],
    });
  });

  it('fails loudly on a runtime whose Intl rounds the string through a float', () => {
    const real = Intl.NumberFormat.prototype.formatToParts;
    const spy = vi.spyOn(Intl.NumberFormat.prototype, 'formatToParts').mockImplementation(function (
      this: Intl.NumberFormat,
      value,
    ) {
      return real.call(this, Number(value));
    });
    try {
      expect(
        thrown(() => formatMoney(money('1234567890123456789012.34', 'USD'), { locale: 'en' })),
      ).toMatchObject({ code: 'UNSUPPORTED_CAPABILITY', path: ['options', 'locale'] });
      expect(formatMoney(money('12.34', 'USD'), { locale: 'en' })).toBe('$12.34');
    } finally {
      spy.mockRestore();
    }
  });

  describe('properties', () => {
    it('shows the same digits as the default form, in en and zh-CN', () => {
      fc.assert(
        fc.property(decimalText({ digits: 30 }), fc.constantFrom('en', 'zh-CN'), (text, locale) => {
          const value = money(text, 'USD');
          const digits = (s: string) => s.replace(/[^0-9-]/g, '');
          expect(digits(formatMoney(value, { locale }))).toBe(digits(formatMoney(value)));
        }),
      );
    });
  });
});
