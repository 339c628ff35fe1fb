import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimalText, formatMoneyText, formatPercentText } from '../../src/explain';

describe('formatDecimalText', () => {
  it.each([
    ['0', '0'],
    ['999', '999'],
    ['1000', '1,000'],
    ['-1234567.891', '-1,234,567.891'],
    ['1234.50', '1,234.50'],
    ['+12345', '12,345'],
    [1000000, '1,000,000'],
  ])('%o → %s', (input, expected) => {
    expect(formatDecimalText(input)).toBe(expected);
  });

  it('can skip grouping or use another separator', () => {
    expect(formatDecimalText('1234567.5', { group: false })).toBe('1234567.5');
    expect(formatDecimalText('1234567.5', { separator: ' ' })).toBe('1 234 567.5');
  });

  it.each(['1e3', '1,000', '', 'abc', '.5', 0.5, Number.NaN])(
    '%o is not a decimal → undefined',
    (input) => {
      expect(formatDecimalText(input)).toBeUndefined();
    },
  );
});

describe('formatPercentText', () => {
  it.each([
    ['0.04', '4%'],
    ['0.0725', '7.25%'],
    ['0.125', '12.5%'],
    ['1', '100%'],
    ['1.5', '150%'],
    ['-0.05', '-5%'],
    ['0', '0%'],
    ['0.000001', '0.0001%'],
    // 0.07 * 100 is 7.000000000000001 in binary floats; exact here
    ['0.07', '7%'],
    ['0.29', '29%'],
    [2, '200%'],
  ])('%o → %s', (rate, expected) => {
    expect(formatPercentText(rate)).toBe(expected);
  });

  it('refuses floats and non-decimals', () => {
    expect(formatPercentText(0.04)).toBeUndefined();
    expect(formatPercentText('4%')).toBeUndefined();
  });
});

describe('formatMoneyText', () => {
  it('groups the amount as written and names the currency after it', () => {
    expect(formatMoneyText('1234.50', 'USD')).toBe('1,234.50 USD');
    expect(formatMoneyText('-1000000', 'JPY')).toBe('-1,000,000 JPY');
    expect(formatMoneyText('12.345', 'KWD')).toBe('12.345 KWD');
    expect(formatMoneyText('x', 'USD')).toBeUndefined();
  });
});

describe('properties', () => {
  const decimal = fc
    .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.nat(6))
    .map(([units, scale]) => {
      const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
      const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
      return units < 0n ? `-${text}` : text;
    });

  it('grouping only inserts separators', () => {
    fc.assert(
      fc.property(decimal, (text) => {
        expect(formatDecimalText(text)?.replaceAll(',', '')).toBe(text);
      }),
    );
  });

  it('a percentage is the rate with the point moved two places (checked with bigints)', () => {
    fc.assert(
      fc.property(decimal, (text) => {
        const shown = formatPercentText(text) as string;
        expect(shown.endsWith('%')).toBe(true);
        const [whole, fraction = ''] = shown.slice(0, -1).split('.');
        const [rw, rf = ''] = text.split('.');
        // value × 100 as integers at scale max(len(rf), 2)
        const scale = Math.max(rf.length, fraction.length + 2);
        const lhs = BigInt(`${rw}${rf.padEnd(scale, '0')}`);
        const rhs = BigInt(`${whole}${fraction.padEnd(scale - 2, '0')}`);
        expect(lhs).toBe(rhs);
      }),
    );
  });
});
